# Texts the server renders into pages.

## The frame
app-name = Fodfæste
page-title = { $page } – Fodfæste
meta-description = Fodfæste: registrér timer, godkend timer og følg forløb.
loading = Henter …
skip-to-main = Gå til indholdet
account-link-title = Din konto og dine enheder
language = Sprog
language-choose = Vælg sprog
footer-accessibility = Tilgængelighedserklæring
as-of = Senest opdateret { $when }
date-at-time = { $date } kl. { $time }
hours-minutes = { $hours } t { $minutes } min
hours-only = { $hours } t
minutes-only = { $minutes } min
amount-kr = { $amount } kr.
break-minutes = Pause { $minutes } min

## Roles
role-citizen = Borger
role-mentor = Virksomhedsmentor
role-caseworker = Jobkonsulent
role-admin = Administrator
role-manager = Ledelse

## Entry, shift and absence states
status-submitted = Venter på godkendelse
status-confirmed = Godkendt
status-confirmed-auto = Godkendt automatisk
status-rejected = Afvist
status-rejected-because = Afvist: { $reason }
status-locked = Låst
shift-planned = Planlagt
shift-attended = Mødt
shift-no-show = Udeblevet
shift-cancelled = Aflyst
shift-absent = Meldt fravær
shift-cancelled-because = Aflyst: { $reason }
absence-sick = Syg
absence-other = Kan ikke komme
absence = Fravær

## Errors and empty pages
not-found-title = Siden findes ikke
not-found-home = Gå til forsiden
offline-title = Du er offline
offline-body = Den side har telefonen ikke gemt. Siderne { nav-today }, { nav-hours }, { nav-plan } og { nav-absence } virker uden forbindelse, når du har åbnet dem én gang.
offline-go-today = Gå til { nav-today }
page-unavailable-title = Fodfæste kan ikke nås lige nu
page-unavailable-body = Siden prøver igen af sig selv om få sekunder. Det, du allerede har registreret, er ikke væk.

## Login
login-title = Log ind
login-lead = Registrér dine timer, se din plan og hvad du har tjent.

## The citizen's four places
nav-citizen = Borger
nav-today = I dag
nav-hours = Mine timer
nav-plan = Min plan
nav-absence = Fravær

## I dag
next-shift = Næste vagt
next-shift-none = Du har ingen planlagte vagter. Du kan stadig stemple ind.
no-placement = Du har ikke et aktivt forløb lige nu. Kontakt din jobkonsulent.
punch-clock = Stempelur
sick-today = Du er meldt syg i dag
sick-today-hint = God bedring. Din mentor og din jobkonsulent kan se det.
punch-anyway = Kom du alligevel? Stempl ind her
punch-started = Du mødte kl. { $time } hos { $company }.
hourly-wage = Timeløn: { $amount }
forgot-punch = Glemt at stemple? Registrér timer her
recent-hours = Seneste timer
recent-none = Ingen timer de sidste 14 dage.
see-all-hours = Se alle dine timer
address = Adresse
mentor = Mentor
shift-at = { $date } kl. { $time }

## Mine timer
period-show = Vis
period-week = Uge
period-month = Måned
period-previous = ‹ Forrige
period-previous-label = Forrige periode
period-next = Næste ›
period-next-label = Næste periode
period-week-label = Uge { $week } · { $from } – { $to }
totals = I alt
total-registered = Registreret
total-confirmed = Godkendt
total-earned = Du har tjent
only-confirmed-paid = Kun godkendte timer giver løn.
period-empty = Ingen timer i denne periode.
entry-punched = Stemplet
entry-corrected-by = Rettet af { $name }: { $reason }
your-mentor = din mentor
your-caseworker = din jobkonsulent

## Min plan
plan-heading = Dine vagter de næste 4 uger
plan-empty = Der er ingen planlagte vagter endnu.

## Fravær
absence-given = Dine fraværsmeldinger
absence-none = Du har ikke meldt fravær den sidste måned.

## Tilgængelighed
accessibility-municipality = Læs { $municipality }s tilgængelighedserklæring
accessibility-intro = Fodfæste skal kunne bruges af alle, også med skærmlæser, forstørret tekst, kun tastatur eller på en lille telefon. Siderne følger de fælles regler for offentlige hjemmesider (WCAG 2.1 niveau AA).
accessibility-report-heading = Fandt du noget, der ikke virker?
accessibility-report = Fortæl det til din jobkonsulent eller kommunens jobcenter. Skriv hvilken side, hvad du prøvede, og hvilken telefon eller computer du brugte. Vi retter det så hurtigt som muligt.
accessibility-complain-heading = Klage
accessibility-complain = Får du ikke svar, eller er du ikke tilfreds med svaret, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med tilgængelighed på offentlige hjemmesider.

## The mentor's and the desk's places
nav-mentor = Mentor
nav-approve = Godkend
nav-shift-plan = Vagtplan
nav-notes = Noter
nav-desk = Skrivebord
nav-caseload = Sagsstamme
nav-companies = Virksomheder
nav-monthly-hours = Månedstimer
nav-users = Brugere
nav-audit = Revisionslog
nav-goals = Mål
nav-social-enterprises = Socialøkonomi

## An entry's history
history-submitted = { $who } registrerede
history-edited = { $who } rettede
history-withdrawn = { $who } slettede
history-confirmed = { $who } godkendte
history-rejected = { $who } afviste
history-corrected = { $who } rettede og godkendte
history-changed = { $who } ændrede
history-auto-confirmed = Godkendt automatisk
history-auto-rule = inden for { $minutes } min af vagten { $shift }
history-times-break = { $times }, pause { $minutes } min

## Din konto
account-title = Din konto
account-logins = Her er du logget ind
account-logins-hint = Kender du ikke en af enhederne, eller har du mistet din telefon, så log ud på den.
account-data = Dine data
account-data-intro = Se alt, hvad Fodfæste ved om dig, eller hent det som en fil.
account-see-data = Se mine data
account-download-data = Hent mine data (fil)
account-seen = Hvem har set mine oplysninger
account-seen-hint = Din jobkonsulent, din mentor og kommunen kan se dine oplysninger, når de har brug for det. Her kan du se, hvem der har gjort det, og hvornår.
account-seen-none = Ingen har set dine oplysninger endnu.
account-seen-who = { $name }, { $role }
account-seen-system = Fodfæste (automatisk)
account-logged-in-at = Logget ind { $when }. Sidst brugt { $last }.
device-on = { $browser } på { $os }
device-unknown = Ukendt browser
device-this = – denne enhed

## Mine data
my-data-title = Mine data
my-data-back = ‹ Din konto
my-data-made = Lavet { $when }.
my-data-download = Hent det samme som fil
my-data-about = Om dig
my-data-name = Navn
my-data-login-email = E-mail til login
my-data-phone = Telefon
my-data-email = E-mail
my-data-postcode = Postnummer
my-data-target-group = Målgruppe
my-data-referred = Henvist
my-data-wanted-hours = Ønskede timer om ugen
my-data-accommodations = Hensyn
my-data-caseworker = Jobkonsulent
my-data-placements = Forløb ({ $count })
my-data-mentor = Mentor: { $name }
my-data-hours = Timer ({ $count })
my-data-changes = Ændringer
my-data-absence = Fravær ({ $count })
my-data-shifts = Vagter ({ $count })
my-data-notes = Noter om dine forløb ({ $count })
my-data-logins = Enheder, du er logget ind på ({ $count })
my-data-last-used = sidst brugt { $when }
my-data-seen = Hvem har set mine oplysninger ({ $count })

## Vocabularies
target-group-cash-benefit-activity-ready = Aktivitetsparat kontanthjælp
target-group-fleksjob = Visiteret til fleksjob
target-group-disability-pension = Førtidspension (skånejob)
target-group-resource-programme = Ressourceforløb
target-group-integration = Integrationsprogram
target-group-youth = Uddannelseshjælp (unge)
target-group-sickness-benefit = Sygedagpenge
opening-kind-small-job = Småjob (lønnede timer)
opening-kind-internship = Virksomhedspraktik
opening-kind-flex-job = Fleksjob
opening-kind-sheltered-job = Skånejob

## Invitation
invite-title = Velkommen
invite-login = Din e-mail (den logger du ind med)
invite-password = Vælg en adgangskode
invite-password-hint = Mindst 8 tegn.
invite-password-again = Skriv den igen
invite-hello = Hej { $name }. Vælg en adgangskode, så er du klar.
invite-submit = Gem og log ind
invite-go-login = Gå til log ind

## The citizen's language on the desk
citizen-language = Sprog
citizen-language-hint = Borgerens sider og invitationen bruger det, indtil borgeren selv vælger.
citizen-language-none = Ikke angivet
citizen-interpreter = Behov for tolk
citizen-needs-interpreter = Skal have tolk
yes = Ja
no = Nej

## The printed invitation
invite-sheet-heading = Invitation til { $name }
invite-sheet-how = Scan koden med telefonens kamera, eller åbn linket. Vælg en adgangskode, så er du logget ind.
invite-sheet-valid = Linket virker én gang og til og med { $date }.

## The calendar feed
calendar-feed-name = Fodfæste – vagter
calendar-feed-status = Status: { $status }
calendar-feed-mentor = Mentor: { $name }
answer-registered = Sendt – venter på godkendelse.
answer-registered-to = Sendt til { $name } – venter på godkendelse.
answer-punched-in = Du er stemplet ind. God arbejdsdag!
answer-punched-out = Du er stemplet ud. Timerne venter på godkendelse.
answer-punch-cancelled = Stemplingen er annulleret.
answer-sick = Du er meldt syg. Din mentor og din jobkonsulent kan se det.
answer-cannot-come = Afbuddet er sendt. Din mentor kan se det.
answer-changed = Rettelsen er gemt – venter på godkendelse.
answer-withdrawn = Timerne er slettet.
answer-confirmed = Godkendt. Borgeren kan se det.
answer-confirmed-count =
    { $count ->
        [one] 1 registrering er godkendt.
        *[other] { $count } registreringer er godkendt.
    }
answer-rejected = Afvist. Borgeren kan se begrundelsen.
answer-corrected = Rettet og godkendt. Borgeren kan se rettelsen og hvorfor.
answer-undone = Fortrudt. Timerne er som før.
answer-attended = Noteret som mødt. Jobkonsulenten kan se det.
answer-no-show = Noteret som udeblevet. Jobkonsulenten kan se det.
history-undone = { $who } fortrød
earn-heading = Denne måned
earn-approved = Godkendt
earn-waiting = Venter på godkendelse
earn-figure = { $hours } · { $amount }
earn-benefit = Praktikken er ulønnet: du får din ydelse som hidtil, og timerne viser, at du er mødt.
register-again = Registrér igen
answer-placed = Forløbet er oprettet. Borgeren og mentoren kan se det.
answer-copied-none = Der var ingen vagter at kopiere fra sidste uge, eller de er her allerede.
answer-copied =
    { $count ->
        [one] 1 vagt er kopieret fra sidste uge. Borgeren kan se den.
       *[other] { $count } vagter er kopieret fra sidste uge. Borgeren kan se dem.
    }
