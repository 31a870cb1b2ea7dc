use axum::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(title = "Fodfæste API", version = "1", description = "Hours, placements and approvals for municipal employment programmes. Log in with POST /api/v1/session; the session cookie authenticates later calls. Instants are RFC 3339; errors are JSON {error, message, field}."),
    components(schemas(super::ErrorBody))
)]
pub struct ApiDoc;

/// Answers any operation can give, whatever it does: a request that does not parse (400), no
/// session (401), and for a change, a request from another site (403). Each operation's own
/// list adds what is particular to it.
struct CommonAnswers;

impl utoipa::Modify for CommonAnswers {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let answer = |why: &str| {
            ResponseBuilder::new()
                .description(why)
                .content("application/json", ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build())
                .build()
        };
        for item in openapi.paths.paths.values_mut() {
            let reads = [item.get.as_mut()];
            let changes = [item.post.as_mut(), item.put.as_mut(), item.patch.as_mut(), item.delete.as_mut()];
            for (op, changes) in reads.into_iter().map(|o| (o, false)).chain(changes.into_iter().map(|o| (o, true))) {
                let Some(op) = op else { continue };
                let responses = &mut op.responses.responses;
                responses.entry("400".into()).or_insert_with(|| answer("The request does not parse: `malformed_request` or a field's format").into());
                responses.entry("401".into()).or_insert_with(|| answer("Not logged in (`unauthenticated`)").into());
                if changes {
                    responses.entry("403".into()).or_insert_with(|| answer("Not allowed, or sent from another site (`cross_origin_request`)").into());
                }
            }
        }
    }
}

static DOCUMENT: std::sync::OnceLock<utoipa::openapi::OpenApi> = std::sync::OnceLock::new();

/// The router and the document, made together from `super::router`'s one list.
pub fn build<S: Clone + Send + Sync + 'static>() -> axum::Router<S> {
    let (router, mut document) = utoipa_axum::router::OpenApiRouter::with_openapi(ApiDoc::openapi())
        .nest("/api/v1", super::router())
        .split_for_parts();
    // After the routes are in: the derive's modifiers run before there are any.
    utoipa::Modify::modify(&CommonAnswers, &mut document);
    // Every router a process builds has the same operations; the first document serves.
    let _ = DOCUMENT.set(document);
    router.layer(axum::middleware::from_fn(super::speak_the_callers_language))
}

pub async fn document() -> Json<Option<&'static utoipa::openapi::OpenApi>> {
    Json(DOCUMENT.get())
}
