use app::domain::access;
use app::domain::models::PlacementView;
use axum::Json;

use super::{ApiResult, Caller, ErrorBody};

/// The placements the caller may see: a citizen their own, a mentor those they mentor,
/// staff their municipality's.
#[utoipa::path(get, path = "/api/v1/placements", tag = "placements",
    responses((status = 200, body = Vec<PlacementView>), (status = 401, body = ErrorBody)))]
pub async fn list(caller: Caller) -> ApiResult<Json<Vec<PlacementView>>> {
    let list = app::db::placements::list_visible(&caller.db, access::visibility(&caller.actor)).await?;
    Ok(Json(list))
}
