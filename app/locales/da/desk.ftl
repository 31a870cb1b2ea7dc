# The desk: the caseworker's, the admin's and the manager's pages, and the CSV headings.
# Words as the municipality's staff use them (official terms).

## Shared
field-name = Navn
field-phone = Telefon
field-postcode = Postnummer
field-role = Rolle
field-status = Status
field-from = Fra
field-to = Til
field-hours-per-week = Timer pr. uge
field-hourly-wage = Timeløn (kr.)
show = Vis
search = Søg
filter = Filtrér
add = Tilføj
choose = Vælg …
total = I alt
unpaid = Ulønnet
save-changes = Gem ændringer
download-csv = Hent som CSV
invite-make = Lav invitation
desk-previous = ‹ Forrige
desk-next = Næste ›
desk-page-of = Side { $page } af { $pages }
week-number = Uge { $week }
weeks = { $weeks } uger
weeks-in-all = { $weeks } uger i alt
hours-per-week = { $hours } t/uge
percent = { $value } %
seats-of = { $taken } af { $seats }
seats-taken = { $taken } af { $seats } besat
cvr-number-is = CVR { $cvr }
back-caseload = ‹ Sagsstamme
back-companies = ‹ Alle virksomheder
back-goals = ‹ Alle mål
back-initiatives = ‹ Alle initiativer

## Table columns
col-citizen = Borger
col-alerts = Advarsler
col-active-placement = Aktivt forløb
col-waiting = Venter
col-approved-month = Godkendt i måneden
col-last-entry = Seneste registrering
col-absence-30 = Fravær (30 dage)
col-no-show-30 = Udeblevet (30 dage)
col-entries = Registreringer
col-opening = Opslag
col-postcode = Postnr.
col-points = Point
col-why = Hvorfor
col-hourly-wage = Timeløn
col-seats = Pladser
col-period = Periode
col-pay = Løn
col-open-openings = Åbne opslag
col-proposals = Forslag
col-citizens-placed = Borgere i forløb

## Caseload
caseload-heading = Min sagsstamme
caseload-attention = Kræver opmærksomhed ({ $count })
caseload-search = Søg efter navn
caseload-only-alerts = Kun borgere med advarsler
caseload-empty = Ingen borgere i din sagsstamme.
caseload-no-match = Ingen borgere passer på søgningen.
caseload-caption = Borgere i sagsstammen og deres timer de sidste to måneder
caseload-more = … og { $count } flere
alert-no-hours-days = Ingen timer i { $days } dage
alert-no-hours = Ingen timer registreret
alert-waiting-long =
    { $count ->
        [one] 1 registrering har ventet på mentor i over en uge ({ $days } dage)
       *[other] { $count } registreringer har ventet på mentor i over en uge (ældste { $days } dage)
    }
alert-internship-ends-today = Praktikken slutter i dag ({ $date })
alert-internship-ends = Praktikken slutter om { $days } dage ({ $date })
alert-internship-over-37 = Over 37 timer i praktik: { $hours } i { $week }

## One citizen
citizen-new = Ny borger
citizen-create = Opret borger
citizen-choose-group = Vælg målgruppe
citizen-email-hint = Borgeren logger ind med den.
citizen-referred = Visiteret
citizen-wanted-hours-field = Ønskede timer pr. uge
citizen-wanted-hours = Ønskede timer
citizen-accommodations = Skånehensyn
citizen-accommodations-hint = Kun jobkonsulenter kan se det. Aldrig diagnoser.
citizen-matches = Opslag der passer
citizen-matches-none = Ingen åbne opslag med ledige pladser.
citizen-matches-caption = Åbne opslag rangeret efter, hvor godt de passer til borgeren
citizen-invite-heading = Log ind på telefonen
citizen-invite-again = Borgeren kan logge ind. En ny invitation lader borgeren vælge en ny adgangskode.
citizen-invite-first = Borgeren kan ikke logge ind endnu. Lav en invitation, og giv borgeren den udskrevne QR-kode eller linket.
citizen-edit = Ret oplysninger
citizen-login = Login
citizen-can-log-in = Kan logge ind
citizen-not-yet = Ikke endnu
timeline-heading = Tidslinje
timeline-kind-placement = Forløb
timeline-kind-entry = Timer
timeline-kind-change = Ændring
timeline-kind-absence = Fravær
timeline-kind-note = Note
timeline-placement-created = Forløb oprettet: { $title } hos { $company }, fra { $date }
timeline-placement-ended = Forløb afsluttet { $date }: { $title } hos { $company }
timeline-hours = Timer { $date } { $times } ({ $hours }) { $action } af { $who }
timeline-action-submitted = registreret
timeline-action-edited = rettet af borgeren
timeline-action-confirmed = godkendt
timeline-action-auto-confirmed = godkendt automatisk
timeline-action-rejected = afvist
timeline-action-corrected = rettet
timeline-action-withdrawn = trukket tilbage
timeline-action-locked = låst med måneden
timeline-action-reopened = genåbnet
timeline-action-changed = ændret
timeline-note-caseworkers = { $who } (kun jobkonsulenter)
match-same-postcode = Bor i samme postnummer ({ $postcode })
match-same-area = Bor i samme område ({ $citizen } og { $opening })
match-hours-close = Ønsker { $wanted } timer om ugen, opslaget har { $offered }
match-kind-suits = { $kind } passer til målgruppen
match-kind-may-suit = { $kind } kan passe til målgruppen
match-already-placed = Er allerede i et forløb

## Companies
companies-search = Søg efter navn eller CVR
companies-proposals = Forslag fra virksomheder ({ $count })
companies-proposed-by = foreslået af { $name }
companies-no-match = Ingen virksomheder passer på søgningen.
companies-caption = Kommunens virksomheder
company-new = Ny virksomhed
company-create = Opret virksomhed
company-cvr-number = CVR-nummer
company-cvr-hint = 8 cifre
company-contact = Kontaktperson
company-contact-phone = Kontaktpersonens telefon
company-contact-email = Kontaktpersonens e-mail
company-social-since = Socialøkonomisk virksomhed siden
company-social-since-hint = Udfyld kun, hvis virksomheden er socialøkonomisk (SØV).
company-social = Socialøkonomisk
company-social-yes-since = Ja, siden { $date }
company-social-enterprise = Socialøkonomisk virksomhed
company-social-short = SØV
company-openings = Opslag
company-placed-here = Borgere i forløb her
company-invite-mentor = Inviter en mentor
company-mentor-name = Mentorens navn
company-mentor-email-hint = Mentoren logger ind med den.
company-edit = Ret virksomheden
company-no-openings = Ingen opslag endnu.
company-openings-caption = Virksomhedens opslag
placements-none = Ingen forløb endnu.

## Openings
opening-new = Nyt opslag
opening-create = Opret opslag
opening-edit = Ret opslaget
opening-field-kind = Type
opening-field-title = Titel
opening-field-tasks = Opgaver
opening-field-location = Arbejdssted
opening-field-wage-hint = Kun for lønnede job: småjob, fleksjob og skånejob.
opening-field-seats = Antal pladser
opening-place = Sted
opening-proposed-by = Foreslået af
opening-reason = Begrundelse
opening-placements = Forløb i opslaget
opening-matches = Borgere der passer
opening-matches-points = Point: samme postnummer 30, samme område 15, ønskede timer tæt på 20 (inden for 5 timer: 10), typen passer til målgruppen 25 (kan passe: 10), allerede i forløb −40.
opening-matches-none = Ingen borgere at foreslå.
opening-matches-caption = Borgere rangeret efter, hvor godt de passer til opslaget
opening-status-open = Åben
opening-status-filled = Besat
opening-status-closed = Lukket
opening-state-waiting = Forslag – afventer godkendelse
opening-state-declined = Forslag afvist
review-heading = Godkend eller afvis forslaget
review-decision = Afgørelse
review-approve = Godkend – opslaget åbner
review-decline = Afvis
review-reason = Begrundelse ved afvisning
review-reason-hint = Mentoren kan læse den.
review-save = Gem afgørelse

## Placements
placement-create = Opret forløb
placement-heading = { $citizen } hos { $company }
placement-status-planned = Planlagt
placement-status-active = Aktivt
placement-status-ended = Afsluttet
place-choose-citizen = Vælg en borger
place-citizen-points = { $name } ({ $points } point)
place-no-mentor = Ingen mentor endnu
place-starts-on = Startdato
place-ends-on = Slutdato
place-ends-on-hint = Tom, hvis forløbet ikke har en aftalt slutdato.
place-duration = Varighed
place-duration-hint = Kan forlænges til højst 26 uger.
place-wage-hint = Tom: opslagets timeløn.
place-agreed-hours = Aftalte timer pr. uge
terms-start = Start
terms-agreed-end = Aftalt slut
terms-no-end = Ingen aftalt slutdato
terms-ended = Sluttede
extend-heading = Forlæng praktikken
extend-new-length = Ny samlet varighed
extend-submit = Forlæng
end-heading = Afslut forløbet
end-hint = Planlagte vagter efter slutdatoen aflyses. Opfølgning efter 3 og 6 måneder sættes.
end-outcome = Hvordan sluttede forløbet?
end-note = Bemærkning
follow-up = Opfølgning
follow-up-after = Opfølgning efter { $months } måneder
follow-up-situation = Borgerens situation
follow-up-date = Dato: { $date }
follow-up-save = Gem opfølgning
follow-up-from-date = Kan registreres fra datoen.
follow-up-notes = Opfølgningsnoter
note-no-health = Aldrig helbredsoplysninger.
note-who-reads = Hvem må læse den?
note-caseworkers-only = Kun jobkonsulenter
note-also-mentor = Også mentoren
outcome-ordinary-job = Ordinært job
outcome-fleksjob = Fleksjob
outcome-education = Uddannelse
outcome-continued = Fortsætter i nyt forløb
outcome-dropped-out = Stoppet undervejs
outcome-other = Andet
follow-up-outcome-ordinary-job = I ordinært job
follow-up-outcome-fleksjob = I fleksjob
follow-up-outcome-education = I uddannelse
follow-up-outcome-in-programme = I et andet forløb
follow-up-outcome-on-benefits = På ydelse uden forløb
follow-up-outcome-other = Andet

## Monthly hours
monthly-heading = Månedstimer til ydelseskontoret
monthly-months = Måneder
monthly-previous = ‹ Forrige måned
monthly-next = Næste måned ›
monthly-locked = Måneden er låst: tallene er endelige.
monthly-waiting = Måneden er ikke låst, og { $count } registreringer venter stadig på godkendelse.
monthly-not-locked = Måneden er ikke låst endnu.
monthly-summary = { $citizens } borgere · { $hours } godkendt · { $pay } i løn
monthly-empty = Ingen timer i denne måned.
monthly-payroll = Løn pr. virksomhed
monthly-caption = Godkendte timer og løn, { $month }
monthly-lock = Lås måneden
monthly-reopen = Genåbn måneden
monthly-reopen-why = Hvorfor genåbnes måneden?
monthly-lock-hint = Når måneden er låst, kan dens godkendte timer ikke længere ændres. Det kræver, at måneden er slut, og at ingen timer venter.

## Users and the audit log
users-invite-heading = Inviter en jobkonsulent eller administrator
users-caption = Kommunens brugere
users-change = Ændr
users-may-log-in = Må logge ind
users-no-deactivated = Nej, deaktiveret
users-deactivated = Deaktiveret
users-invited = Inviteret, ingen adgangskode endnu
users-active = Aktiv
users-log-out-everywhere = Log ud på alle enheder
audit-hint = Hvem har set eller ændret hvad. Klik på et navn for kun at se den person.
audit-empty = Ingen linjer passer på filteret.
audit-user-id = Bruger-id
audit-action = Handling
audit-all = Alle
audit-caption = Revisionslog, nyeste først
audit-at = Tidspunkt
audit-user = Bruger
audit-organisation = Organisation
audit-what = Hvad

## Goals
goals-heading = Mål og resultater
goals-today = I dag er { $citizens } borgere i forløb hos { $companies } virksomheder.
goals-csv = Hent tallene som CSV
goals-municipality = Kommunens mål
goals-none = Der er ingen mål endnu. Opret det første herunder.
goals-span-label = Periode for forløb og virksomheder
goals-show-span = Vis periode
goal-new = Nyt mål
goal-create = Opret mål
goal-edit = Ret mål
goal-edit-link = Ret eller slet målet
goal-save = Gem målet
goal-delete = Slet målet
goal-delete-hint = Tallene bag målet bliver ikke slettet, kun målet selv.
goal-field-metric = Hvad tæller målet
goal-field-target = Mål (antal, eller timer)
goal-field-target-hint = Et helt tal, fx 250.
goal-field-start = Periodens første dag
goal-field-end = Periodens sidste dag
goal-of = { $value } af { $target }
goal-hours = { $hours } timer
goal-forecast = Forventet i dag: { $expected } · Prognose ved periodens slut: { $forecast }
burnup-label = { $metric }: { $value } af { $target } ({ $pace }). Den stiplede linje er den lige vej til målet.
burnup-show-figures = Vis tallene
burnup-caption = { $metric } over perioden
burnup-reached = Opnået
burnup-line = Lige vej til målet
pace-not-started = Ikke begyndt
pace-on-track = På rette spor
pace-behind = Bagud med { $count }
pace-reached = Nået
pace-missed = Ikke nået: manglede { $count }
metric-jobs-on-special-terms-created = Job på særlige vilkår skabt
metric-new-social-enterprises = Nye socialøkonomiske virksomheder
metric-citizens-in-placement = Borgere i forløb på én dag
metric-approved-paid-hours = Godkendte lønnede timer
metric-citizens-referred = Borgere visiteret
metric-self-supporting = Forløb afsluttet til job eller uddannelse
metric-explain-jobs = Småjob, fleksjob og skånejob, der er startet i perioden.
metric-explain-social-enterprises = Virksomheder, der er blevet socialøkonomiske i perioden.
metric-explain-in-placement = Forskellige borgere med et forløb i gang på dagen (i dag, eller periodens sidste dag).
metric-explain-paid-hours = Timer i lønnede forløb, som mentor eller jobkonsulent har godkendt.
metric-explain-referred = Borgere med en visitationsdato i perioden.
metric-explain-self-supporting = Forløb, der er afsluttet i perioden med ordinært job eller uddannelse.
funnel-heading = Fra visitation til selvforsørgelse, { $span }
funnel-steps = Forløbets trin
funnel-step = Trin
funnel-count = Antal
funnel-of-before = Af trinnet før
funnel-referred = Visiteret
funnel-started = Forløb startet
funnel-ended = Forløb afsluttet
funnel-self-supporting = Selvforsørgende (job eller uddannelse)
funnel-outcomes = Sådan sluttede forløbene
funnel-ended-as = Afsluttet som
funnel-ended-total = Afsluttet i alt
funnel-work-or-education = I job, fleksjob eller uddannelse
contribution-heading = Virksomhedernes bidrag, { $span }
contribution-none = Ingen virksomheder har pladser, forløb eller timer i perioden.
contribution-region = Virksomhedernes bidrag
contribution-seats = Pladser udbudt

## Social-economic enterprises
se-heading = Socialøkonomiske virksomheder
se-empty = Ingen endnu.
se-none-yet = Ingen endnu
se-new = Nyt initiativ
se-create = Opret initiativ
se-initiative = Initiativ
se-the-initiative = Initiativet
se-field-stage = Hvor langt er det
se-field-advisor = Ansvarlig konsulent
se-field-company = Virksomheden
se-field-company-hint = Skal vælges, når virksomheden er etableret. Den tæller så med i målet fra etableringsdagen.
se-field-started = Startet
se-responsible = ansvarlig: { $name }
se-started-on = startet { $date }
se-since = siden { $date }
se-partners = Samarbejdspartnere
se-partners-none = Ingen virksomheder køber endnu af den.
se-partner-new = Ny samarbejdspartner
se-partner-company = Virksomhed, der køber
se-partner-what = Hvad køber den
se-partner-since = Samarbejdet begyndte
se-choose-company = Vælg virksomhed
stage-idea = Idé
stage-in-progress = I gang
stage-established = Etableret
stage-closed = Lukket

## CSV headings (the columns and their values are the same in every language)
csv-month = Måned
csv-citizen-id = Borger-id
csv-citizen = Borger
csv-company = Virksomhed
csv-cvr = CVR
csv-placement-id = Forløb-id
csv-placement = Forløb
csv-position = Stilling
csv-approved-hours = Godkendte timer
csv-approved-entries = Godkendte registreringer
csv-waiting-hours = Ventende timer
csv-waiting-entries = Ventende registreringer
csv-hourly-wage = Timeløn (kr.)
csv-pay = Løn (kr.)
csv-hours = Timer
csv-section = Afsnit
csv-figure = Tal
csv-from = Fra
csv-to = Til
csv-value = Værdi
csv-goal = Mål
csv-expected = Forventet nu
csv-forecast = Prognose
csv-status = Status
csv-share = Andel
csv-audit-at = tidspunkt
csv-audit-user-id = bruger_id
csv-audit-user = bruger
csv-audit-role = rolle
csv-audit-organisation = organisation
csv-audit-action = handling
csv-audit-action-code = handling_kode
csv-audit-citizen-id = borger_id
csv-audit-citizen = borger
csv-audit-subject = genstand
timeline-action-undone = fortrudt, venter igen
col-details = Detaljer
caseload-sum-citizens =
    { $count ->
        [one] 1 borger
       *[other] { $count } borgere
    }
caseload-sum-alerts =
    { $count ->
        [one] 1 advarsel
       *[other] { $count } advarsler
    }
caseload-sum-waiting =
    { $count ->
        [one] 1 registrering venter
       *[other] { $count } registreringer venter
    }
caseload-sum-no-shows =
    { $count ->
        [one] 1 udeblivelse (30 dage)
       *[other] { $count } udeblivelser (30 dage)
    }
caseload-details =
    { $count ->
        [one] 1 registrering m.m.
       *[other] { $count } registreringer m.m.
    }
place-action = Placér
place-action-for = Placér { $name }
place-action-at = Placér hos { $opening }
col-month = Måned
citizen-months = Timer og løn denne og sidste måned
users-search = Søg efter navn eller e-mail
users-all-roles = Alle roller
users-none = Ingen brugere passer på søgningen.
users-last-login = Sidst logget ind
users-never = Aldrig
burnup-today = I dag
col-absence-no-show-30 = Fravær / udeblevet (30 d.)
