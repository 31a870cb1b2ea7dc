# Texts the server renders into pages.

## The frame
app-name = Fodfæste
page-title = { $page } – Fodfæste
meta-description = Fodfæste: register hours, approve hours and follow placements.
loading = Loading …
skip-to-main = Skip to content
account-link-title = Your account and your devices
language = Language
language-choose = Choose language
footer-accessibility = Accessibility statement
as-of = Last updated { $when }
date-at-time = { $date } at { $time }
hours-minutes = { $hours } h { $minutes } min
hours-only = { $hours } h
minutes-only = { $minutes } min
amount-kr = { $amount } kr.
break-minutes = Break { $minutes } min

## Roles
role-citizen = Citizen
role-mentor = Company mentor
role-caseworker = Job consultant
role-admin = Administrator
role-manager = Management

## Entry, shift and absence states
status-submitted = Waiting for approval
status-confirmed = Approved
status-confirmed-auto = Approved automatically
status-rejected = Rejected
status-rejected-because = Rejected: { $reason }
status-locked = Locked
shift-planned = Planned
shift-attended = Attended
shift-no-show = Did not come
shift-cancelled = Cancelled
shift-absent = Reported absent
shift-cancelled-because = Cancelled: { $reason }
absence-sick = Sick
absence-other = Cannot come
absence = Absence

## Errors and empty pages
not-found-title = Page not found
not-found-home = Go to the front page
offline-title = You are offline
offline-body = The phone has not saved this page. The pages { nav-today }, { nav-hours }, { nav-plan } and { nav-absence } work without a connection once you have opened them.
offline-go-today = Go to { nav-today }
page-unavailable-title = Fodfæste cannot be reached just now
page-unavailable-body = This page tries again by itself in a few seconds. What you have already registered is not lost.

## Login
login-title = Log in
login-lead = Register your hours, see your plan and what you have earned.

## The citizen's four places
nav-citizen = Citizen
nav-today = Today
nav-hours = My hours
nav-plan = My plan
nav-absence = Absence

## Today
next-shift = Next shift
next-shift-none = You have no planned shifts. You can still clock in.
no-placement = You do not have an active placement right now. Contact your job consultant.
punch-clock = Time clock
sick-today = You have reported sick today
sick-today-hint = Get well soon. Your mentor and your job consultant can see it.
punch-anyway = Did you come after all? Clock in here
punch-started = You arrived at { $time } at { $company }.
hourly-wage = Hourly wage: { $amount }
forgot-punch = Forgot to clock in? Register hours here
recent-hours = Recent hours
recent-none = No hours in the last 14 days.
see-all-hours = See all your hours
address = Address
mentor = Mentor
shift-at = { $date } at { $time }

## My hours
period-show = Show
period-week = Week
period-month = Month
period-previous = ‹ Previous
period-previous-label = Previous period
period-next = Next ›
period-next-label = Next period
period-week-label = Week { $week } · { $from } – { $to }
totals = Total
total-registered = Registered
total-confirmed = Approved
total-earned = You have earned
only-confirmed-paid = Only approved hours are paid.
period-empty = No hours in this period.
entry-punched = Clocked
entry-corrected-by = Corrected by { $name }: { $reason }
your-mentor = your mentor
your-caseworker = your job consultant

## My plan
plan-heading = Your shifts in the next 4 weeks
plan-empty = There are no planned shifts yet.

## Absence
absence-given = Your absence reports
absence-none = You have not reported any absence in the last month.

## Accessibility
accessibility-municipality = Read { $municipality }'s accessibility statement
accessibility-intro = Fodfæste must work for everyone, also with a screen reader, enlarged text, only a keyboard or on a small phone. The pages follow the common rules for public websites (WCAG 2.1 level AA).
accessibility-report-heading = Found something that does not work?
accessibility-report = Tell your job consultant or the municipality's job centre. Write which page, what you tried, and which phone or computer you used. We fix it as soon as we can.
accessibility-complain-heading = Complaints
accessibility-complain = If you get no answer, or you are not happy with the answer, you can complain to the Danish Agency for Digital Government, which supervises the accessibility of public websites.

## The mentor's and the desk's places
nav-mentor = Mentor
nav-approve = Approve
nav-shift-plan = Shift plan
nav-notes = Notes
nav-desk = Desk
nav-caseload = Caseload
nav-companies = Companies
nav-monthly-hours = Monthly hours
nav-users = Users
nav-audit = Audit log
nav-goals = Goals
nav-social-enterprises = Social enterprises

## An entry's history
history-submitted = { $who } registered
history-edited = { $who } changed
history-withdrawn = { $who } deleted
history-confirmed = { $who } approved
history-rejected = { $who } rejected
history-corrected = { $who } corrected and approved
history-changed = { $who } changed
history-auto-confirmed = Approved automatically
history-auto-rule = within { $minutes } min of the shift { $shift }
history-times-break = { $times }, break { $minutes } min

## Your account
account-title = Your account
account-logins = You are logged in here
account-logins-hint = If you do not know one of the devices, or you have lost your phone, log out there.
account-data = Your data
account-data-intro = See everything Fodfæste knows about you, or download it as a file.
account-see-data = See my data
account-download-data = Download my data (file)
account-seen = Who has seen my details
account-seen-hint = Your job consultant, your mentor and the municipality can see your details when they need to. Here you can see who did, and when.
account-seen-none = Nobody has seen your details yet.
account-seen-who = { $name }, { $role }
account-seen-system = Fodfæste (automatic)
account-logged-in-at = Logged in { $when }. Last used { $last }.
device-on = { $browser } on { $os }
device-unknown = Unknown browser
device-this = – this device

## My data
my-data-title = My data
my-data-back = ‹ Your account
my-data-made = Made { $when }.
my-data-download = Download the same as a file
my-data-about = About you
my-data-name = Name
my-data-login-email = E-mail for login
my-data-phone = Phone
my-data-email = E-mail
my-data-postcode = Postcode
my-data-target-group = Target group
my-data-referred = Referred
my-data-wanted-hours = Wanted hours a week
my-data-accommodations = Special needs
my-data-caseworker = Job consultant
my-data-placements = Placements ({ $count })
my-data-mentor = Mentor: { $name }
my-data-hours = Hours ({ $count })
my-data-changes = Changes
my-data-absence = Absence ({ $count })
my-data-shifts = Shifts ({ $count })
my-data-notes = Notes about your placements ({ $count })
my-data-logins = Devices you are logged in on ({ $count })
my-data-last-used = last used { $when }
my-data-seen = Who has seen my details ({ $count })

## Vocabularies
target-group-cash-benefit-activity-ready = Cash benefit, ready for activity
target-group-fleksjob = Approved for a flex job
target-group-disability-pension = Disability pension (sheltered job)
target-group-resource-programme = Resource programme
target-group-integration = Integration programme
target-group-youth = Education benefit (young people)
target-group-sickness-benefit = Sickness benefit
opening-kind-small-job = Small job (paid hours)
opening-kind-internship = Company internship
opening-kind-flex-job = Flex job
opening-kind-sheltered-job = Sheltered job

## Invitation
invite-title = Welcome
invite-login = Your e-mail (you log in with it)
invite-password = Choose a password
invite-password-hint = At least 8 characters.
invite-password-again = Write it again
invite-hello = Hello { $name }. Choose a password, and you are ready.
invite-submit = Save and log in
invite-go-login = Go to log in

## The citizen's language on the desk
citizen-language = Language
citizen-language-hint = The citizen's pages and the invitation use it until the citizen chooses one.
citizen-language-none = Not recorded
citizen-interpreter = Needs an interpreter
citizen-needs-interpreter = Needs an interpreter
yes = Yes
no = No

## The printed invitation
invite-sheet-heading = Invitation for { $name }
invite-sheet-how = Scan the code with the phone's camera, or open the link. Choose a password, and you are logged in.
invite-sheet-valid = The link works once and until { $date }.

## The calendar feed
calendar-feed-name = Fodfæste – shifts
calendar-feed-status = Status: { $status }
calendar-feed-mentor = Mentor: { $name }
answer-registered = Sent – waiting for approval.
answer-registered-to = Sent to { $name } – waiting for approval.
answer-punched-in = You have clocked in. Have a good day at work!
answer-punched-out = You have clocked out. The hours are waiting for approval.
answer-punch-cancelled = The clock-in is cancelled.
answer-sick = You are reported sick. Your mentor and your job consultant can see it.
answer-cannot-come = Your message is sent. Your mentor can see it.
answer-changed = The change is saved – waiting for approval.
answer-withdrawn = The hours are deleted.
answer-confirmed = Approved. The citizen can see it.
answer-confirmed-count =
    { $count ->
        [one] 1 entry approved.
        *[other] { $count } entries approved.
    }
answer-rejected = Rejected. The citizen can see why.
answer-corrected = Corrected and approved. The citizen can see the change and why.
answer-undone = Undone. The hours are as they were.
answer-attended = Marked as arrived. The job consultant can see it.
answer-no-show = Marked as not arrived. The job consultant can see it.
history-undone = { $who } undid
earn-heading = This month
earn-approved = Approved
earn-waiting = Waiting for approval
earn-figure = { $hours } · { $amount }
earn-benefit = The internship is unpaid: your benefit continues as before, and the hours show that you came.
register-again = Register again
answer-placed = The placement is created. The citizen and the mentor can see it.
answer-copied-none = There were no shifts to copy from last week, or they are here already.
answer-copied =
    { $count ->
        [one] 1 shift copied from last week. The citizen can see it.
       *[other] { $count } shifts copied from last week. The citizen can see them.
    }
