//! The citizen's phone: the active placement, the registration form and the hours so far.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{error_for, AppHeader, FieldError, FormError, StatusBadge};
use crate::domain::error::{messages, Field};
use crate::domain::models::{CitizenHome, PlacementView, TimeEntryView};
use crate::domain::money;
use crate::functions::citizen::{load_citizen_home, RegisterHours};
use crate::pages::LoadError;

#[component]
pub fn CitizenPage() -> impl IntoView {
    let register = ServerAction::<RegisterHours>::new();
    // Reload only after a successful save: on an error the form keeps what was typed.
    let saved = RwSignal::new(0usize);
    Effect::new(move |_| {
        if let Some(Ok(_)) = register.value().get() {
            saved.update(|n| *n += 1);
        }
    });
    let home = Resource::new(move || saved.get(), |_| load_citizen_home());
    view! {
        <Title text="Mine timer – Fodfæste"/>
        <AppHeader/>
        <main class="page page-phone">
            <Transition fallback=|| view! { <p class="loading">"Henter …"</p> }>
                {move || Suspend::new(async move {
                    match home.await {
                        Ok(data) => view! { <CitizenOverview data register/> }.into_any(),
                        Err(e) => view! { <LoadError error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </main>
    }
}

#[component]
fn CitizenOverview(data: CitizenHome, register: ServerAction<RegisterHours>) -> impl IntoView {
    let active: Vec<PlacementView> = data.placements.iter().filter(|p| p.status == "active").cloned().collect();
    let earned = (data.earned_ore_this_month > 0).then(|| money::format_kr(data.earned_ore_this_month));
    view! {
        {active.iter().cloned().map(|p| view! { <PlacementCard placement=p/> }).collect_view()}
        {if active.is_empty() {
            view! { <p class="card">"Du har ikke et aktivt forløb lige nu. Kontakt din jobkonsulent."</p> }.into_any()
        } else {
            view! { <RegisterHoursForm placements=active.clone() client_id=data.next_client_id.clone() today=data.today.clone() register/> }.into_any()
        }}
        <section class="card month-summary" aria-labelledby="month-heading">
            <h2 id="month-heading">"Denne måned"</h2>
            <p>"Godkendt: " <strong>{money::format_hours(data.confirmed_minutes_this_month)}</strong></p>
            {earned.map(|kr| view! { <p>"Du har tjent: " <strong>{kr}</strong></p> })}
        </section>
        <EntryList entries=data.entries/>
    }
}

#[component]
fn PlacementCard(placement: PlacementView) -> impl IntoView {
    let kind = placement.kind_da();
    view! {
        <section class="card placement" aria-label="Dit forløb">
            <p class="placement-kind">{kind}</p>
            <h2 class="placement-company">{placement.company_name.clone()}</h2>
            <p>{placement.opening_title.clone()}</p>
            <dl class="facts">
                {placement.mentor_name.clone().map(|m| view! { <dt>"Mentor"</dt><dd>{m}</dd> })}
                {placement.hourly_wage_ore.map(|w| view! { <dt>"Timeløn"</dt><dd>{money::format_kr(w)}</dd> })}
            </dl>
        </section>
    }
}

#[component]
fn RegisterHoursForm(placements: Vec<PlacementView>, client_id: String, today: String, register: ServerAction<RegisterHours>) -> impl IntoView {
    let result = register.value();
    let err = move |f: Field| Signal::derive(move || result.with(|r| error_for(r, f)));
    let (date_e, start_e, end_e, break_e, note_e, placement_e) =
        (err(Field::Date), err(Field::StartsAt), err(Field::EndsAt), err(Field::BreakMinutes), err(Field::Note), err(Field::PlacementId));
    let other_error = Signal::derive(move || {
        result.with(|r| match r {
            Some(Err(e)) if e.field().is_none() || e.field() == Some(Field::ClientId) => Some(messages::da(e)),
            _ => None,
        })
    });
    let invalid = |s: Signal<Option<String>>| move || s.get().is_some().then_some("true");
    let single = (placements.len() == 1).then(|| placements[0].id);
    view! {
        <section class="card" aria-labelledby="register-heading">
            <h2 id="register-heading">"Registrér timer"</h2>
            <ActionForm action=register attr:class="form" attr:novalidate=true>
                <input type="hidden" name="client_id" value=client_id/>
                {match single {
                    Some(id) => view! { <input type="hidden" name="placement_id" value=id.to_string()/> }.into_any(),
                    None => view! {
                        <label for="placement_id">"Hvor har du arbejdet?"</label>
                        <select id="placement_id" name="placement_id" aria-describedby="placement-error">
                            {placements.iter().map(|p| view! { <option value=p.id.to_string()>{format!("{} – {}", p.company_name, p.opening_title)}</option> }).collect_view()}
                        </select>
                    }.into_any(),
                }}
                <FieldError id="placement-error" message=placement_e/>
                <label for="date">"Dato"</label>
                <input id="date" name="date" type="date" value=today required
                    aria-describedby="date-error" aria-invalid=invalid(date_e)/>
                <FieldError id="date-error" message=date_e/>
                <div class="row">
                    <div>
                        <label for="start">"Mødt"</label>
                        <input id="start" name="start" type="time" required
                            aria-describedby="start-error" aria-invalid=invalid(start_e)/>
                    </div>
                    <div>
                        <label for="end">"Gået"</label>
                        <input id="end" name="end" type="time" required
                            aria-describedby="end-error" aria-invalid=invalid(end_e)/>
                    </div>
                </div>
                <FieldError id="start-error" message=start_e/>
                <FieldError id="end-error" message=end_e/>
                <label for="break_minutes">"Pause i minutter"</label>
                <input id="break_minutes" name="break_minutes" type="number" inputmode="numeric" min="0" step="1" value="0"
                    aria-describedby="break-error" aria-invalid=invalid(break_e)/>
                <FieldError id="break-error" message=break_e/>
                <label for="note">"Note " <span class="optional">"(valgfri)"</span></label>
                <textarea id="note" name="note" rows="2" maxlength="500" aria-describedby="note-error"></textarea>
                <FieldError id="note-error" message=note_e/>
                <FormError message=other_error/>
                <button type="submit" class="button button-primary button-wide" disabled=move || register.pending().get()>
                    {move || if register.pending().get() { "Sender …" } else { "Registrér timer" }}
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
fn EntryList(entries: Vec<TimeEntryView>) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="entries-heading">
            <h2 id="entries-heading">"Mine timer"</h2>
            {if entries.is_empty() {
                view! { <p class="empty">"Du har ikke registreret timer endnu."</p> }.into_any()
            } else {
                view! {
                    <ul class="entry-list">
                        {entries.into_iter().map(|e| view! {
                            <li class="entry" data-entry-id=e.id.to_string()>
                                <div class="entry-when"><span class="entry-date">{e.date_da()}</span>" "<span class="entry-time">{e.times_da()}</span></div>
                                <div class="entry-hours">{e.worked_da()}</div>
                                <StatusBadge status=e.status reason=e.reject_reason.clone()/>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
