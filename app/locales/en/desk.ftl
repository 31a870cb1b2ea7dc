# The desk: the caseworker's, the admin's and the manager's pages, and the CSV headings.

## Shared
field-name = Name
field-phone = Phone
field-postcode = Postcode
field-role = Role
field-status = Status
field-from = From
field-to = To
field-hours-per-week = Hours per week
field-hourly-wage = Hourly wage (kr.)
show = Show
search = Search
filter = Filter
add = Add
choose = Choose …
total = Total
unpaid = Unpaid
save-changes = Save changes
download-csv = Download as CSV
invite-make = Make an invitation
desk-previous = ‹ Previous
desk-next = Next ›
desk-page-of = Page { $page } of { $pages }
week-number = Week { $week }
weeks = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
weeks-in-all = { $weeks } weeks in all
hours-per-week = { $hours } h/week
percent = { $value } %
seats-of = { $taken } of { $seats }
seats-taken = { $taken } of { $seats } taken
cvr-number-is = CVR { $cvr }
back-caseload = ‹ Caseload
back-companies = ‹ All companies
back-goals = ‹ All goals
back-initiatives = ‹ All initiatives

## Table columns
col-citizen = Citizen
col-alerts = Alerts
col-active-placement = Active placement
col-waiting = Waiting
col-approved-month = Approved this month
col-last-entry = Latest entry
col-absence-30 = Absence (30 days)
col-no-show-30 = Did not come (30 days)
col-entries = Entries
col-opening = Opening
col-postcode = Postcode
col-points = Points
col-why = Why
col-hourly-wage = Hourly wage
col-seats = Places
col-period = Period
col-pay = Pay
col-open-openings = Open openings
col-proposals = Proposals
col-citizens-placed = Citizens in placement

## Caseload
caseload-heading = My caseload
caseload-attention = Needs attention ({ $count })
caseload-search = Search by name
caseload-only-alerts = Only citizens with alerts
caseload-empty = No citizens in your caseload.
caseload-no-match = No citizens match the search.
caseload-caption = Citizens in the caseload and their hours over the last two months
caseload-more = … and { $count } more
alert-no-hours-days = No hours for { $days } days
alert-no-hours = No hours registered
alert-waiting-long = { $count ->
    [one] { $count } entry has waited for the mentor for over a week (oldest { $days } days)
   *[other] { $count } entries have waited for the mentor for over a week (oldest { $days } days)
}
alert-internship-ends-today = The internship ends today ({ $date })
alert-internship-ends = { $days ->
    [one] The internship ends in { $days } day ({ $date })
   *[other] The internship ends in { $days } days ({ $date })
}
alert-internship-over-37 = Over 37 hours in an internship: { $hours } in { $week }

## One citizen
citizen-new = New citizen
citizen-create = Create citizen
citizen-choose-group = Choose target group
citizen-email-hint = The citizen logs in with it.
citizen-referred = Referred
citizen-wanted-hours-field = Hours wanted per week
citizen-wanted-hours = Hours wanted
citizen-accommodations = Accommodations
citizen-accommodations-hint = Only caseworkers can see this. Never diagnoses.
citizen-matches = Openings that fit
citizen-matches-none = No open openings with free places.
citizen-matches-caption = Open openings ranked by how well they fit the citizen
citizen-invite-heading = Log in on the phone
citizen-invite-again = The citizen can log in. A new invitation lets the citizen choose a new password.
citizen-invite-first = The citizen cannot log in yet. Make an invitation and give the citizen the printed QR code or the link.
citizen-edit = Edit details
citizen-login = Login
citizen-can-log-in = Can log in
citizen-not-yet = Not yet
timeline-heading = Timeline
timeline-kind-placement = Placement
timeline-kind-entry = Hours
timeline-kind-change = Change
timeline-kind-absence = Absence
timeline-kind-note = Note
timeline-placement-created = Placement created: { $title } at { $company }, from { $date }
timeline-placement-ended = Placement ended { $date }: { $title } at { $company }
timeline-hours = Hours { $date } { $times } ({ $hours }) { $action } by { $who }
timeline-action-submitted = registered
timeline-action-edited = edited by the citizen
timeline-action-confirmed = approved
timeline-action-auto-confirmed = approved automatically
timeline-action-rejected = rejected
timeline-action-corrected = corrected
timeline-action-withdrawn = withdrawn
timeline-action-locked = locked with the month
timeline-action-reopened = reopened
timeline-action-changed = changed
timeline-note-caseworkers = { $who } (caseworkers only)
match-same-postcode = Lives in the same postcode ({ $postcode })
match-same-area = Lives in the same area ({ $citizen } and { $opening })
match-hours-close = Wants { $wanted } hours a week, the opening has { $offered }
match-kind-suits = { $kind } suits the target group
match-kind-may-suit = { $kind } may suit the target group
match-already-placed = Is already in a placement

## Companies
companies-search = Search by name or CVR
companies-proposals = Proposals from companies ({ $count })
companies-proposed-by = proposed by { $name }
companies-no-match = No companies match the search.
companies-caption = The municipality's companies
company-new = New company
company-create = Create company
company-cvr-number = CVR number
company-cvr-hint = 8 digits
company-contact = Contact person
company-contact-phone = Contact person's phone
company-contact-email = Contact person's e-mail
company-social-since = Social-economic enterprise since
company-social-since-hint = Fill in only if the company is a social-economic enterprise (SØV).
company-social = Social-economic
company-social-yes-since = Yes, since { $date }
company-social-enterprise = Social-economic enterprise
company-social-short = SØV
company-openings = Openings
company-placed-here = Citizens in placement here
company-invite-mentor = Invite a mentor
company-mentor-name = The mentor's name
company-mentor-email-hint = The mentor logs in with it.
company-edit = Edit the company
company-no-openings = No openings yet.
company-openings-caption = The company's openings
placements-none = No placements yet.

## Openings
opening-new = New opening
opening-create = Create opening
opening-edit = Edit the opening
opening-field-kind = Type
opening-field-title = Title
opening-field-tasks = Tasks
opening-field-location = Workplace
opening-field-wage-hint = Only for paid jobs: small jobs, flex jobs and sheltered jobs.
opening-field-seats = Number of places
opening-place = Place
opening-proposed-by = Proposed by
opening-reason = Reason
opening-placements = Placements in the opening
opening-matches = Citizens who fit
opening-matches-points = Points: same postcode 30, same area 15, hours wanted close 20 (within 5 hours: 10), the type suits the target group 25 (may suit: 10), already in a placement −40.
opening-matches-none = No citizens to suggest.
opening-matches-caption = Citizens ranked by how well they fit the opening
opening-status-open = Open
opening-status-filled = Filled
opening-status-closed = Closed
opening-state-waiting = Proposal – waiting for approval
opening-state-declined = Proposal declined
review-heading = Approve or decline the proposal
review-decision = Decision
review-approve = Approve – the opening opens
review-decline = Decline
review-reason = Reason if declined
review-reason-hint = The mentor can read it.
review-save = Save decision

## Placements
placement-create = Create placement
placement-heading = { $citizen } at { $company }
placement-status-planned = Planned
placement-status-active = Active
placement-status-ended = Ended
place-choose-citizen = Choose a citizen
place-citizen-points = { $name } ({ $points } points)
place-no-mentor = No mentor yet
place-starts-on = Start date
place-ends-on = End date
place-ends-on-hint = Empty if the placement has no agreed end date.
place-duration = Length
place-duration-hint = Can be extended to at most 26 weeks.
place-wage-hint = Empty: the opening's hourly wage.
place-agreed-hours = Agreed hours per week
terms-start = Start
terms-agreed-end = Agreed end
terms-no-end = No agreed end date
terms-ended = Ended
extend-heading = Extend the internship
extend-new-length = New total length
extend-submit = Extend
end-heading = End the placement
end-hint = Planned shifts after the end date are cancelled. Follow-ups after 3 and 6 months are set.
end-outcome = How did the placement end?
end-note = Remark
follow-up = Follow-up
follow-up-after = Follow-up after { $months } months
follow-up-situation = The citizen's situation
follow-up-date = Date: { $date }
follow-up-save = Save follow-up
follow-up-from-date = Can be recorded from the date.
follow-up-notes = Follow-up notes
note-no-health = Never health information.
note-who-reads = Who may read it?
note-caseworkers-only = Caseworkers only
note-also-mentor = The mentor too
outcome-ordinary-job = Ordinary job
outcome-fleksjob = Flex job
outcome-education = Education
outcome-continued = Continues in a new placement
outcome-dropped-out = Stopped along the way
outcome-other = Other
follow-up-outcome-ordinary-job = In an ordinary job
follow-up-outcome-fleksjob = In a flex job
follow-up-outcome-education = In education
follow-up-outcome-in-programme = In another programme
follow-up-outcome-on-benefits = On benefits without a programme
follow-up-outcome-other = Other

## Monthly hours
monthly-heading = Monthly hours for the benefit office
monthly-months = Months
monthly-previous = ‹ Previous month
monthly-next = Next month ›
monthly-locked = The month is locked: the figures are final.
monthly-waiting = { $count ->
    [one] The month is not locked, and { $count } entry is still waiting for approval.
   *[other] The month is not locked, and { $count } entries are still waiting for approval.
}
monthly-not-locked = The month is not locked yet.
monthly-summary = { $citizens } citizens · { $hours } approved · { $pay } in pay
monthly-empty = No hours this month.
monthly-payroll = Pay per company
monthly-caption = Approved hours and pay, { $month }
monthly-lock = Lock the month
monthly-reopen = Reopen the month
monthly-reopen-why = Why is the month reopened?
monthly-lock-hint = Once the month is locked, its approved hours can no longer be changed. The month must be over and no hours may be waiting.

## Users and the audit log
users-invite-heading = Invite a caseworker or an administrator
users-caption = The municipality's users
users-change = Change
users-may-log-in = May log in
users-no-deactivated = No, deactivated
users-deactivated = Deactivated
users-invited = Invited, no password yet
users-active = Active
users-log-out-everywhere = Log out on all devices
audit-hint = Who saw or changed what. Click a name to see only that person.
audit-empty = No lines match the filter.
audit-user-id = User id
audit-action = Action
audit-all = All
audit-caption = Audit log, newest first
audit-at = Time
audit-user = User
audit-organisation = Organisation
audit-what = What

## Goals
goals-heading = Goals and results
goals-today = Today { $citizens } citizens are in placements at { $companies } companies.
goals-csv = Download the figures as CSV
goals-municipality = The municipality's goals
goals-none = There are no goals yet. Create the first one below.
goals-span-label = Period for placements and companies
goals-show-span = Show period
goal-new = New goal
goal-create = Create goal
goal-edit = Edit goal
goal-edit-link = Edit or delete the goal
goal-save = Save the goal
goal-delete = Delete the goal
goal-delete-hint = The figures behind the goal are not deleted, only the goal itself.
goal-field-metric = What the goal counts
goal-field-target = Target (number, or hours)
goal-field-target-hint = A whole number, e.g. 250.
goal-field-start = First day of the period
goal-field-end = Last day of the period
goal-of = { $value } of { $target }
goal-hours = { $hours } hours
goal-forecast = Expected today: { $expected } · Forecast at the end of the period: { $forecast }
burnup-label = { $metric }: { $value } of { $target } ({ $pace }). The dashed line is the straight way to the target.
burnup-show-figures = Show the figures
burnup-caption = { $metric } over the period
burnup-reached = Reached
burnup-line = Straight way to the target
pace-not-started = Not started
pace-on-track = On track
pace-behind = Behind by { $count }
pace-reached = Reached
pace-missed = Not reached: { $count } short
metric-jobs-on-special-terms-created = Jobs on special terms created
metric-new-social-enterprises = New social-economic enterprises
metric-citizens-in-placement = Citizens in placement on one day
metric-approved-paid-hours = Approved paid hours
metric-citizens-referred = Citizens referred
metric-self-supporting = Placements ended in a job or education
metric-explain-jobs = Small jobs, flex jobs and sheltered jobs started in the period.
metric-explain-social-enterprises = Companies that became social-economic enterprises in the period.
metric-explain-in-placement = Different citizens with a placement running on the day (today, or the period's last day).
metric-explain-paid-hours = Hours in paid placements approved by a mentor or a caseworker.
metric-explain-referred = Citizens with a referral date in the period.
metric-explain-self-supporting = Placements ended in the period with an ordinary job or education.
funnel-heading = From referral to self-support, { $span }
funnel-steps = The steps of the programme
funnel-step = Step
funnel-count = Number
funnel-of-before = Of the step before
funnel-referred = Referred
funnel-started = Placements started
funnel-ended = Placements ended
funnel-self-supporting = Self-supporting (job or education)
funnel-outcomes = How the placements ended
funnel-ended-as = Ended as
funnel-ended-total = Ended in all
funnel-work-or-education = In a job, flex job or education
contribution-heading = The companies' contribution, { $span }
contribution-none = No companies have places, placements or hours in the period.
contribution-region = The companies' contribution
contribution-seats = Places offered

## Social-economic enterprises
se-heading = Social-economic enterprises
se-empty = None yet.
se-none-yet = None yet
se-new = New initiative
se-create = Create initiative
se-initiative = Initiative
se-the-initiative = The initiative
se-field-stage = How far it has come
se-field-advisor = Responsible consultant
se-field-company = The company
se-field-company-hint = Must be chosen when the company is established. It then counts towards the goal from the day it was established.
se-field-started = Started
se-responsible = responsible: { $name }
se-started-on = started { $date }
se-since = since { $date }
se-partners = Partners
se-partners-none = No companies buy from it yet.
se-partner-new = New partner
se-partner-company = Company that buys
se-partner-what = What it buys
se-partner-since = The partnership began
se-choose-company = Choose a company
stage-idea = Idea
stage-in-progress = In progress
stage-established = Established
stage-closed = Closed

## CSV headings (the columns and their values are the same in every language)
csv-month = Month
csv-citizen-id = Citizen id
csv-citizen = Citizen
csv-company = Company
csv-cvr = CVR
csv-placement-id = Placement id
csv-placement = Placement
csv-position = Position
csv-approved-hours = Approved hours
csv-approved-entries = Approved entries
csv-waiting-hours = Waiting hours
csv-waiting-entries = Waiting entries
csv-hourly-wage = Hourly wage (kr.)
csv-pay = Pay (kr.)
csv-hours = Hours
csv-section = Section
csv-figure = Figure
csv-from = From
csv-to = To
csv-value = Value
csv-goal = Target
csv-expected = Expected now
csv-forecast = Forecast
csv-status = Status
csv-share = Share
csv-audit-at = time
csv-audit-user-id = user_id
csv-audit-user = user
csv-audit-role = role
csv-audit-organisation = organisation
csv-audit-action = action
csv-audit-action-code = action_code
csv-audit-citizen-id = citizen_id
csv-audit-citizen = citizen
csv-audit-subject = subject
timeline-action-undone = undone, waiting again
col-details = Details
caseload-sum-citizens =
    { $count ->
        [one] 1 citizen
       *[other] { $count } citizens
    }
caseload-sum-alerts =
    { $count ->
        [one] 1 alert
       *[other] { $count } alerts
    }
caseload-sum-waiting =
    { $count ->
        [one] 1 entry waiting
       *[other] { $count } entries waiting
    }
caseload-sum-no-shows =
    { $count ->
        [one] 1 no-show (30 days)
       *[other] { $count } no-shows (30 days)
    }
caseload-details =
    { $count ->
        [one] 1 entry and more
       *[other] { $count } entries and more
    }
place-action = Place
place-action-for = Place { $name }
place-action-at = Place at { $opening }
col-month = Month
citizen-months = Hours and pay this month and last
users-search = Search by name or e-mail
users-all-roles = All roles
users-none = No users match the search.
users-last-login = Last login
users-never = Never
burnup-today = Today
col-absence-no-show-30 = Absence / no-show (30 d.)
