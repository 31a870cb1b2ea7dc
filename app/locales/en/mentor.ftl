# The mentor's pages, rendered on the server.

mentor-queue-title = To approve
mentor-notes-offer = Do you have small tasks that never get done?
mentor-offer-link = Offer a task
mentor-notes-hint = Write briefly how it is going. The job consultant can read it. Do not write about health.
mentor-no-one = You are not a mentor for anyone right now.
mentor-no-notes = No notes yet.
mentor-expected = Expected today
mentor-expected-none = Nobody has a shift with you today.
mentor-absent = Reported absent
mentor-punched-in = Clocked in at { $time }
mentor-queue-empty = No hours are waiting for you.
mentor-decided = Recently handled
mentor-decided-none = Nothing yet.
mentor-pages = Pages
mentor-page-of = Page { $page } of { $pages } · { $waiting } waiting
mentor-week-summary = { $week } · { $company } · { $hours } in total
mentor-planned = Planned { $times }
mentor-not-planned = No shift planned
mentor-differs = differs
mentor-hours-break = { $hours } · break { $minutes } min
mentor-history = History ({ $count })
plan-weeks = Weeks
plan-previous-week = ‹ Previous week
plan-next-week = Next week ›
plan-no-shifts = No shifts this week.
plan-new-shift = New shift
plan-repeat-once = Only this day
plan-repeat-weeks = The same day and time for { $weeks } weeks
offer-title = Offer a task
offer-hint = The job consultant looks at the proposal and finds a citizen who fits.
offer-field-title = What is the task?
offer-field-title-hint = E.g. "Sweep the yard" or "Pack boxes".
offer-field-tasks = Describe it briefly
offer-field-kind = What kind?
offer-kind-small-job = Small job with pay
offer-kind-internship = Internship without pay
offer-field-hours = Hours a week
offer-field-wage = Hourly wage (kr.)
offer-field-wage-hint = Only for a small job with pay.
offer-field-seats = How many can you take?
offer-field-postcode = Postcode
offer-send = Send the proposal
offer-mine = Your proposals
offer-none = You have not sent any proposals yet.
offer-waiting = Waiting for the job centre
confirm-all = Approve all ({ $count })
confirm-all-deviating =
    { $count ->
        [one] 1 differs from the plan or had no shift – include it
        *[other] { $count } differ from the plan or had no shift – include them
    }
mentor-call = Call { $name }
plan-day-free = No shift
