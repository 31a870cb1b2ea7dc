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
