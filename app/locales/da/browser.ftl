# Texts the interactive parts (islands) show in the browser. The server sends the page's
# language of this file with each page. No plurals here: the browser only fills in { $placeholders }.

## Punch clock
punch-in = Jeg er mødt
punch-out = Jeg går hjem
punch-cancel = Annullér stempling
punch-started-unsent = Du mødte kl. { $time } (ikke sendt endnu).
punch-where = Hvor er du mødt?
punch-break = Hvor lang pause holdt du? (minutter)

## Forms
sending = Sender …
send-again = Send igen
optional = (valgfri)
field-date = Dato
field-start = Mødt
field-end = Gået
field-break = Pause i minutter
field-note = Note
field-from-incl = Fra og med
field-to-incl = Til og med
field-to-empty-hint = (tom: kun den dag)
field-message = Besked
register-where = Hvor har du arbejdet?
register-submit = Registrér timer
change-summary = Ret eller slet
change-save = Gem rettelse
change-delete = Slet timerne

## Absence
sick-heading = Jeg er syg
sick-no-diagnosis = Skriv ikke, hvad du fejler.
sick-submit = Meld syg
cannot-heading = Jeg kan ikke komme
cannot-none = Du har ingen planlagte vagter at melde afbud til.
cannot-which = Hvilken vagt?
cannot-submit = Meld afbud

## Calendar link
calendar-heading = Vagter i din kalender
calendar-add-now = Tilføj linket i din telefons kalender nu, så kommer dine vagter af sig selv.
calendar-your-link = Dit private kalenderlink
calendar-open = Åbn i kalender
calendar-shown-once = Linket vises kun denne ene gang. Del det ikke.
calendar-has-link = Du har et privat kalenderlink. Det vises kun, når det bliver lavet.
calendar-lost = Har du mistet det eller delt det ved en fejl, så lav et nyt – det gamle holder op med at virke.
calendar-none = Lav et privat link, som din telefons kalender kan hente dine vagter fra.
calendar-renew = Lav et nyt link
calendar-make = Lav kalenderlink

## Offline and the outbox
offline-now = Du er offline.
offline-explain = Du ser det, der blev hentet sidst. Det, du registrerer, gemmes på telefonen og sendes, når der er forbindelse.
online-again = Forbindelsen er tilbage.
online-old-copy = Det, du ser, blev hentet tidligere.
online-refresh = Hent det nyeste
outbox-label = Ikke sendt endnu
outbox-heading = Ikke sendt endnu ({ $count })
outbox-logged-out = Du er blevet logget ud. Det, der venter, er gemt på telefonen og sendes, når du logger ind igen.
outbox-fix = Ret
outbox-delete = Slet
outbox-delete-confirm = Slet registreringen fra telefonen? Den bliver ikke sendt.
outbox-hours = Timer { $date } { $start }–{ $end }
outbox-punch-in = Mødt kl. { $time }
outbox-punch-out = Gået kl. { $time }
outbox-sick = Syg fra { $date }
outbox-cannot-come = Afbud til en vagt
outbox-other = Registrering
outbox-refused = Kunne ikke sendes: { $reason }
outbox-waiting = Ikke sendt endnu
outbox-waiting-login = Ikke sendt endnu – log ind igen for at sende.

## Login and logout
login = Log ind
logging-in = Logger ind …
email = E-mail
password = Adgangskode
logout = Log ud
logout-unsent = Registreringer, der ikke er sendt endnu: { $count }. Logger du ud, bliver de slettet fra telefonen. Log ud alligevel?

## The mentor
note-new = Ny note
note-save = Gem note
attend-came = Mødt
attend-no-show = Udeblevet
decide-confirm = Godkend
decide-reject = Afvis
decide-reject-why = Hvorfor afviser du timerne?
decide-reject-submit = Afvis timerne
decide-correct = Ret
decide-correct-why = Hvorfor retter du?
decide-correct-why-hint = (borgeren kan se det)
decide-correct-submit = Gem rettelse og godkend
shift-from = Fra
shift-to = Til
shift-repeat = Gentag
shift-plan-submit = Planlæg vagt
shift-move = Flyt
shift-move-submit = Flyt vagten
shift-cancel = Aflys
shift-cancel-message = Besked til borgeren
shift-cancel-following = Aflys også de næste vagter i serien
shift-cancel-submit = Aflys vagten
auto-confirm = Godkend automatisk
auto-confirm-on = Til: timer inden for { $minutes } min af vagten godkendes af sig selv.
auto-confirm-off = Fra: du godkender alle timer selv.
auto-confirm-off-choice = Fra
auto-confirm-choice = Når timerne passer med vagten ± { $minutes } min
save = Gem

## Din konto
account-end-one = Log ud her
account-end-all = Log ud på alle enheder
account-end-others = Log ud på alle andre enheder
print = Udskriv
field-overnight = Gik hjem efter midnat
undo = Fortryd
punch-no-shift = Du har ingen vagt i dag. Stemple ind alligevel?
punch-anyway-yes = Ja, stempl ind
punch-anyway-no = Nej
punch-running = Tid siden du mødte: { $duration }
change-delete-sure = Vil du slette timerne? De forsvinder fra din liste og fra din mentors.
change-delete-yes = Ja, slet timerne
reject-code-came-late = Kom senere
reject-code-left-early = Gik tidligere
reject-code-longer-break = Længere pause
reject-code-not-here = Var her ikke
decide-reject-quick = Hurtig begrundelse
decide-reject-words = Eller skriv selv (borgeren kan se det)
shift-overnight = Slutter efter midnat
plan-copy-last-week = Kopiér sidste uge
