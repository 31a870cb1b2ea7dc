# Texts the interactive parts (islands) show in the browser. The server sends the page's
# language of this file with each page. No plurals here: the browser only fills in { $placeholders }.

## Punch clock
punch-in = I have arrived
punch-out = I am going home
punch-cancel = Cancel clock-in
punch-started-unsent = You arrived at { $time } (not sent yet).
punch-where = Where did you arrive?
punch-break = How long was your break? (minutes)

## Forms
sending = Sending …
send-again = Send again
optional = (optional)
field-date = Date
field-start = Arrived
field-end = Left
field-break = Break in minutes
field-note = Note
field-from-incl = From
field-to-incl = To and including
field-to-empty-hint = (empty: only that day)
field-message = Message
register-where = Where did you work?
register-submit = Register hours
change-summary = Change or delete
change-save = Save change
change-delete = Delete these hours

## Absence
sick-heading = I am sick
sick-no-diagnosis = Do not write what is wrong with you.
sick-submit = Report sick
cannot-heading = I cannot come
cannot-none = You have no planned shifts to cancel.
cannot-which = Which shift?
cannot-submit = Cancel the shift

## Calendar link
calendar-heading = Shifts in your calendar
calendar-add-now = Add the link to your phone's calendar now, and your shifts will appear by themselves.
calendar-your-link = Your private calendar link
calendar-open = Open in calendar
calendar-shown-once = The link is shown only this one time. Do not share it.
calendar-has-link = You have a private calendar link. It is shown only when it is made.
calendar-lost = If you have lost it or shared it by mistake, make a new one – the old one stops working.
calendar-none = Make a private link your phone's calendar can get your shifts from.
calendar-renew = Make a new link
calendar-make = Make calendar link

## Offline and the outbox
offline-now = You are offline.
offline-explain = You see what was loaded last. What you register is saved on the phone and sent when there is a connection.
online-again = The connection is back.
online-old-copy = What you see was loaded earlier.
online-refresh = Get the newest
outbox-label = Not sent yet
outbox-heading = Not sent yet ({ $count })
outbox-logged-out = You have been logged out. What is waiting is saved on the phone and will be sent when you log in again.
outbox-fix = Fix
outbox-delete = Delete
outbox-delete-confirm = Delete this registration from the phone? It will not be sent.
outbox-hours = Hours { $date } { $start }–{ $end }
outbox-punch-in = Arrived at { $time }
outbox-punch-out = Left at { $time }
outbox-sick = Sick from { $date }
outbox-cannot-come = Cancelled a shift
outbox-other = Registration
outbox-refused = Could not be sent: { $reason }
outbox-waiting = Not sent yet
outbox-waiting-login = Not sent yet – log in again to send.

## Login and logout
login = Log in
logging-in = Logging in …
email = E-mail
password = Password
logout = Log out
logout-unsent = Registrations not sent yet: { $count }. If you log out, they are deleted from the phone. Log out anyway?

## The mentor
note-new = New note
note-save = Save note
attend-came = Came
attend-no-show = Did not come
decide-confirm = Approve
decide-reject = Reject
decide-reject-why = Why do you reject the hours?
decide-reject-submit = Reject the hours
decide-correct = Correct
decide-correct-why = Why do you correct them?
decide-correct-why-hint = (the citizen can see it)
decide-correct-submit = Save the correction and approve
shift-from = From
shift-to = To
shift-repeat = Repeat
shift-plan-submit = Plan the shift
shift-move = Move
shift-move-submit = Move the shift
shift-cancel = Cancel
shift-cancel-message = Message to the citizen
shift-cancel-following = Also cancel the next shifts in the series
shift-cancel-submit = Cancel the shift
auto-confirm = Approve automatically
auto-confirm-on = On: hours within { $minutes } min of the shift are approved by themselves.
auto-confirm-off = Off: you approve all hours yourself.
auto-confirm-off-choice = Off
auto-confirm-choice = When the hours match the shift ± { $minutes } min
save = Save

## Your account
account-end-one = Log out here
account-end-all = Log out on all devices
account-end-others = Log out on all other devices
print = Print
field-overnight = Left after midnight
undo = Undo
punch-no-shift = You have no shift today. Clock in anyway?
punch-anyway-yes = Yes, clock in
punch-anyway-no = No
punch-running = Time since you arrived: { $duration }
change-delete-sure = Delete these hours? They disappear from your list and your mentor's.
change-delete-yes = Yes, delete the hours
reject-code-came-late = Came later
reject-code-left-early = Left earlier
reject-code-longer-break = Longer break
reject-code-not-here = Was not here
decide-reject-quick = Quick reason
decide-reject-words = Or write your own (the citizen can see it)
shift-overnight = Ends after midnight
plan-copy-last-week = Copy last week
