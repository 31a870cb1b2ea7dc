# The mentor's pages, rendered on the server.

mentor-queue-title = Til godkendelse
mentor-notes-offer = Har I små opgaver, der aldrig bliver gjort?
mentor-offer-link = Tilbyd en opgave
mentor-notes-hint = Skriv kort, hvordan det går. Jobkonsulenten kan læse det. Skriv ikke om helbred.
mentor-no-one = Du er ikke mentor for nogen lige nu.
mentor-no-notes = Ingen noter endnu.
mentor-expected = Forventet i dag
mentor-expected-none = Ingen har vagt hos dig i dag.
mentor-absent = Meldt fravær
mentor-punched-in = Stemplet ind kl. { $time }
mentor-queue-empty = Ingen timer venter på dig.
mentor-decided = Senest behandlet
mentor-decided-none = Intet endnu.
mentor-pages = Sider
mentor-page-of = Side { $page } af { $pages } · { $waiting } venter
mentor-week-summary = { $week } · { $company } · { $hours } i alt
mentor-planned = Planlagt { $times }
mentor-not-planned = Ingen vagt planlagt
mentor-differs = afviger
mentor-hours-break = { $hours } · pause { $minutes } min
mentor-history = Historik ({ $count })
plan-weeks = Uger
plan-previous-week = ‹ Forrige uge
plan-next-week = Næste uge ›
plan-no-shifts = Ingen vagter denne uge.
plan-new-shift = Ny vagt
plan-repeat-once = Kun denne dag
plan-repeat-weeks = Samme dag og tid i { $weeks } uger
offer-title = Tilbyd en opgave
offer-hint = Jobkonsulenten ser på forslaget og finder en borger, der passer.
offer-field-title = Hvad er opgaven?
offer-field-title-hint = Fx "Feje gården" eller "Pakke kasser".
offer-field-tasks = Beskriv den kort
offer-field-kind = Hvilken slags?
offer-kind-small-job = Småjob med løn
offer-kind-internship = Praktik uden løn
offer-field-hours = Timer om ugen
offer-field-wage = Timeløn (kr.)
offer-field-wage-hint = Kun ved småjob med løn.
offer-field-seats = Hvor mange kan I tage?
offer-field-postcode = Postnummer
offer-send = Send forslaget
offer-mine = Dine forslag
offer-none = Du har ikke sendt nogen forslag endnu.
offer-waiting = Venter på jobcentret
confirm-all = Godkend alle ({ $count })
confirm-all-deviating =
    { $count ->
        [one] 1 afviger fra planen eller havde ingen vagt – tag den med
        *[other] { $count } afviger fra planen eller havde ingen vagt – tag dem med
    }
mentor-call = Ring til { $name }
plan-day-free = Ingen vagt
