<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../ui/about.py" line="14"/>
        <source>A coach for lower back pain: exercises, routines and self-care reading.</source>
        <translation>Ein Coach bei Schmerzen im unteren Rücken: Übungen, Programme und Wissen zur Selbsthilfe.</translation>
    </message>
    <message>
        <location filename="../ui/about.py" line="17"/>
        <source>This app supports self-care; it does not replace a doctor or physiotherapist.</source>
        <translation>Diese App unterstützt dich bei der Selbsthilfe; sie ersetzt weder Arzt noch Physiotherapie.</translation>
    </message>
    <message>
        <location filename="../ui/about.py" line="20"/>
        <source>The exercises are written in our own words from five public articles on lower-back exercise; each exercise lists the articles it comes from and the dose each gives. Doses and cautions were checked against clinical guidance (NICE NG59, American College of Physicians 2017, WHO 2023, ACSM).</source>
        <translation>Die Übungen sind in eigenen Worten nach fünf öffentlich zugänglichen Artikeln über Übungen für den unteren Rücken geschrieben; jede Übung nennt die Artikel, aus denen sie stammt, und die Menge, die jeder davon angibt. Mengen und Warnhinweise wurden mit klinischen Leitlinien abgeglichen (NICE NG59, American College of Physicians 2017, WHO 2023, ACSM).</translation>
    </message>
    <message>
        <location filename="../ui/about.py" line="27"/>
        <source>Built with Qt for Python (PySide6). Licence: GPL-3.0-or-later.</source>
        <translation>Erstellt mit Qt for Python (PySide6). Lizenz: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../ui/about.py" line="38"/>
        <source>About backcoach</source>
        <translation>Über backcoach</translation>
    </message>
</context>
<context>
    <name>Cautions</name>
    <message>
        <location filename="../ui/safety/caution_words.py" line="22"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../ui/safety/caution_words.py" line="26"/>
        <source>You told us about osteoporosis, a spinal fracture or long-term steroids, and this movement {what}: move gently, go only part of the way, and stop if it hurts.</source>
        <translation>Du hast Osteoporose, einen Wirbelbruch oder eine längere Einnahme von Kortison angegeben, und diese Bewegung {what}: Beweg dich sanft, geh nur ein Stück weit in die Bewegung und hör auf, wenn es wehtut.</translation>
    </message>
    <message>
        <location filename="../ui/safety/caution_words.py" line="33"/>
        <source>You told us you are pregnant, and this exercise {what}: leave it out unless your midwife or doctor has said it is fine.</source>
        <translation>Du hast angegeben, dass du schwanger bist, und diese Übung {what}: Lass sie weg, außer deine Hebamme oder dein Arzt hat gesagt, dass sie in Ordnung ist.</translation>
    </message>
    <message>
        <location filename="../ui/safety/caution_words.py" line="38"/>
        <source>You told us you had back surgery recently: do this exercise only once your surgeon or physiotherapist has said you may.</source>
        <translation>Du hast angegeben, dass du vor Kurzem am Rücken operiert wurdest: Mach diese Übung erst, wenn dein Chirurg oder deine Physiotherapie es dir erlaubt hat.</translation>
    </message>
    <message>
        <location filename="../ui/safety/caution_words.py" line="47"/>
        <source>is done lying face down</source>
        <translation>wird in Bauchlage gemacht</translation>
    </message>
    <message>
        <location filename="../ui/safety/caution_words.py" line="48"/>
        <source>is done in the position “{position}”</source>
        <translation>wird in der Position „{position}“ gemacht</translation>
    </message>
</context>
<context>
    <name>ClashDialog</name>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="47"/>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="50"/>
        <source>You already have these. Import each under a new name (both kept), use the new one instead, or keep yours and leave the new one out.</source>
        <translation>Diese gibt es bei dir schon. Importiere jede unter einem neuen Namen (beide bleiben), verwende stattdessen die neue, oder behalte deine und lass die neue weg.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="62"/>
        <source>Import as a copy with a new name</source>
        <translation>Als Kopie mit neuem Namen importieren</translation>
    </message>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="64"/>
        <source>Use it instead of the built-in one</source>
        <translation>Statt der mitgelieferten verwenden</translation>
    </message>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="66"/>
        <source>Replace mine with it</source>
        <translation>Meine dadurch ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="67"/>
        <source>Keep mine, leave it out</source>
        <translation>Meine behalten, diese weglassen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="74"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="84"/>
        <source>Routine “{0}” from {1}</source>
        <translation>Programm „{0}“ aus {1}</translation>
    </message>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="86"/>
        <source>Exercise “{0}” from {1}</source>
        <translation>Übung „{0}“ aus {1}</translation>
    </message>
</context>
<context>
    <name>ClinicianReport</name>
    <message>
        <location filename="../ui/history/report.py" line="282"/>
        <source>Routines done</source>
        <translation>Gemachte Programme</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="336"/>
        <source>“This hurts” presses</source>
        <translation>Meldungen „Das tut weh“</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="336"/>
        <source>None recorded.</source>
        <translation>Keine aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="228"/>
        <source>Back exercise report</source>
        <translation>Bericht über das Rückentraining</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="248"/>
        <source>Period: {first} to {last}.</source>
        <translation>Zeitraum: {first} bis {last}.</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="250"/>
        <source>No sessions recorded yet.</source>
        <translation>Noch kein Training aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="252"/>
        <source>Made on {day} with backcoach from the user&apos;s own records. Pain is the user&apos;s rating from 0 (no pain) to 10 (worst imaginable).</source>
        <translation>Erstellt am {day} mit backcoach aus den eigenen Aufzeichnungen der Person. Der Schmerz ist ihre eigene Einschätzung von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz).</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="263"/>
        <source>Advice backcoach gave: see a clinician</source>
        <translation>Rat von backcoach: Arzt oder Physiotherapie aufsuchen</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="270"/>
        <source>1 session</source>
        <translation>1 Training</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="272"/>
        <source>{n} sessions</source>
        <translation>{n} Trainings</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="288"/>
        <source>{sessions} sessions, {minutes} minutes in all. Current streak: {current}; longest: {longest}. Exercise items: {completed} of {planned} planned completed, {partial} partly done, {skipped} skipped.</source>
        <translation>{sessions} Trainings, insgesamt {minutes} Minuten. Aktuelle Serie: {current}; längste: {longest}. Übungen: {completed} von {planned} geplanten abgeschlossen, {partial} teilweise gemacht, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="305"/>
        <location filename="../ui/history/report.py" line="325"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="305"/>
        <location filename="../ui/history/report.py" line="383"/>
        <source>Sessions</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="305"/>
        <location filename="../ui/history/report.py" line="388"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="306"/>
        <source>Adherence</source>
        <translation>Regelmäßigkeit</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="326"/>
        <source>Before sessions</source>
        <translation>Vor dem Training</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="327"/>
        <source>After sessions</source>
        <translation>Nach dem Training</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="328"/>
        <location filename="../ui/history/report.py" line="393"/>
        <source>Next day</source>
        <translation>Am nächsten Tag</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="332"/>
        <source>Pain (weekly means)</source>
        <translation>Schmerz (Mittelwerte pro Woche)</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="357"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="358"/>
        <location filename="../ui/history/report.py" line="387"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="359"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="360"/>
        <source>Sharp</source>
        <translation>Stechend</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="361"/>
        <source>Down the leg</source>
        <translation>Ins Bein ausstrahlend</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="362"/>
        <source>Exercise stopped</source>
        <translation>Übung abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="386"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="389"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="390"/>
        <source>Items done</source>
        <translation>Übungen geschafft</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="391"/>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="392"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="436"/>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="453"/>
        <source>backcoach · {title} · made on {day} · page {n} of {pages}</source>
        <translation>backcoach · {title} · erstellt am {day} · Seite {n} von {pages}</translation>
    </message>
</context>
<context>
    <name>EducationView</name>
    <message>
        <location filename="../ui/library/education_view.py" line="29"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../ui/library/education_view.py" line="31"/>
        <source>Topic text</source>
        <translation>Text zum Thema</translation>
    </message>
    <message>
        <location filename="../ui/library/education_view.py" line="46"/>
        <source>No topics are installed.</source>
        <translation>Es sind keine Themen installiert.</translation>
    </message>
    <message>
        <location filename="../ui/library/education_view.py" line="59"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="73"/>
        <source>Exercise details</source>
        <translation>Details zur Übung</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="110"/>
        <source>No exercise matches</source>
        <translation>Keine Übung passt</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="111"/>
        <source>Try another word, or set the filters back to “Any”.</source>
        <translation>Versuch es mit einem anderen Wort, oder setz die Filter auf „Alle“ zurück.</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="123"/>
        <source>Also called: {names}</source>
        <translation>Auch genannt: {names}</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="131"/>
        <source>Works: {areas}</source>
        <translation>Trainiert: {areas}</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="135"/>
        <source>How much</source>
        <translation>Wie viel</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="137"/>
        <source>Get into position</source>
        <translation>Ausgangsposition</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="140"/>
        <source>Each repetition</source>
        <translation>Jede Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="144"/>
        <source>Easier and harder</source>
        <translation>Leichter und schwerer</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="153"/>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="156"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="167"/>
        <source>Your own exercise, from {file}</source>
        <translation>Deine eigene Übung, aus {file}</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="237"/>
        <source>This movement {meaning} ({tag}).</source>
        <translation>Diese Bewegung {meaning} ({tag}).</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="246"/>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="256"/>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="258"/>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="99"/>
        <source>Delete exercise</source>
        <translation>Übung löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="101"/>
        <source>Delete your exercise “{name}”? Its file is removed.</source>
        <translation>Deine Übung „{name}“ löschen? Ihre Datei wird entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="106"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="110"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="145"/>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="145"/>
        <source>Edit your exercise</source>
        <translation>Deine Übung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="149"/>
        <source>e.g. Knee to chest</source>
        <translation>z. B. Knie zur Brust</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="158"/>
        <source>What it does for your back (may stay empty)</source>
        <translation>Was sie deinem Rücken bringt (darf leer bleiben)</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="159"/>
        <source>One step per line: how to get into position</source>
        <translation>Ein Schritt pro Zeile: wie du in die Ausgangsposition kommst</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="166"/>
        <source>no sides</source>
        <translation>keine Seiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="167"/>
        <source>each side in turn</source>
        <translation>Seite für Seite</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="168"/>
        <source>sides alternating</source>
        <translation>abwechselnd links und rechts</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="169"/>
        <source>&amp;Timed activity (walking, cycling): no phases</source>
        <translation>&amp;Aktivität nach Zeit (Gehen, Radfahren): keine Phasen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="171"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="172"/>
        <source>One per line: when to take care or stop</source>
        <translation>Ein Hinweis pro Zeile: wann du vorsichtig sein oder aufhören solltest</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="174"/>
        <source>e.g. My physiotherapist, March (may stay empty)</source>
        <translation>z. B. Meine Physiotherapeutin, März (darf leer bleiben)</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="180"/>
        <source>The starting position</source>
        <translation>Die Ausgangsposition</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="189"/>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="224"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="248"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="249"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="250"/>
        <source>&amp;Position</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="251"/>
        <source>P&amp;urpose</source>
        <translation>Zw&amp;eck</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="252"/>
        <source>Get into position (&amp;steps)</source>
        <translation>Ausgangsposition (&amp;Schritte)</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="253"/>
        <source>Each repetition (p&amp;hases)</source>
        <translation>Jede Wiederholung (&amp;Phasen)</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="258"/>
        <source>S&amp;ets</source>
        <translation>Sät&amp;ze</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="259"/>
        <source>&amp;Reps</source>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="260"/>
        <source>H&amp;old</source>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="261"/>
        <source>Rest between se&amp;ts</source>
        <translation>Pa&amp;use zwischen den Sätzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="268"/>
        <source>S&amp;ides</source>
        <translation>Se&amp;iten</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="274"/>
        <source>How much</source>
        <translation>Wie viel</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="276"/>
        <source>C&amp;autions</source>
        <translation>Wa&amp;rnhinweise</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="277"/>
        <source>Sou&amp;rce</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="282"/>
        <source>Your exercise is drawn in its starting position.</source>
        <translation>Deine Übung wird in ihrer Ausgangsposition gezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="389"/>
        <source>An exercise of your own.</source>
        <translation>Eine eigene Übung.</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="426"/>
        <source>First fix: {fields}</source>
        <translation>Zuerst korrigieren: {fields}</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="437"/>
        <source>Saved as {file}</source>
        <translation>Gespeichert als {file}</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="439"/>
        <source>Saved in {file}</source>
        <translation>Gespeichert in {file}</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="451"/>
        <source>line {number}: {reason}</source>
        <translation>Zeile {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="456"/>
        <source>phase {number}: {reason}</source>
        <translation>Phase {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="486"/>
        <source>Could not save: {reason}</source>
        <translation>Speichern nicht möglich: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="501"/>
        <source>Not deleted: the routines {titles} use it. Take it out of them first.</source>
        <translation>Nicht gelöscht: Die Programme {titles} verwenden sie. Nimm sie zuerst dort heraus.</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise_form.py" line="511"/>
        <source>Not deleted: {reason}</source>
        <translation>Nicht gelöscht: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="17"/>
        <location filename="../ui/editor/loader_reasons.py" line="18"/>
        <source>Must not be empty.</source>
        <translation>Darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="19"/>
        <source>Give its length in seconds (or make it the hold).</source>
        <translation>Gib die Dauer in Sekunden an (oder mach sie zur Haltephase).</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="22"/>
        <source>Must not tell anyone to hold their breath: say “keep breathing” instead.</source>
        <translation>Darf niemanden auffordern, die Luft anzuhalten: schreib stattdessen „weiter atmen“.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="26"/>
        <source>A hold keeps breathing: choose “keep breathing”.</source>
        <translation>Beim Halten wird weiter geatmet: wähl „weiter atmen“.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="29"/>
        <source>A timed activity has no phases: remove them, or untick “Timed activity”.</source>
        <translation>Eine Aktivität nach Zeit hat keine Phasen: entferne sie oder nimm den Haken bei „Aktivität nach Zeit“ heraus.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="33"/>
        <source>Not for a timed activity.</source>
        <translation>Nicht bei einer Aktivität nach Zeit.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="36"/>
        <source>No phase is a hold: leave the hold empty.</source>
        <translation>Keine Phase ist eine Haltephase: lass „Halten“ leer.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="39"/>
        <source>A phase is a hold: give the hold&apos;s seconds.</source>
        <translation>Eine Phase ist eine Haltephase: gib die Sekunden für „Halten“ an.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="42"/>
        <source>Only one phase may be the hold.</source>
        <translation>Nur eine Phase darf die Haltephase sein.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="45"/>
        <source>A hold&apos;s length is the hold under “How much”.</source>
        <translation>Wie lange gehalten wird, steht unter „Wie viel“ bei „Halten“.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="48"/>
        <source>Names a side ({side}), so choose how the sides are done under “How much”.</source>
        <translation>Nennt eine Seite ({side}): wähl unter „Wie viel“, wie die Seiten drankommen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="58"/>
        <source>Too long: {length} characters, at most {limit}.</source>
        <translation>Zu lang: {length} Zeichen, höchstens {limit}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="64"/>
        <source>Must be from {low} to {high} seconds.</source>
        <translation>Muss zwischen {low} und {high} Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/loader_reasons.py" line="70"/>
        <source>Must be from {low} to {high}.</source>
        <translation>Muss zwischen {low} und {high} liegen.</translation>
    </message>
</context>
<context>
    <name>ExportChoiceDialog</name>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="32"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="34"/>
        <source>Routine or exercise to export</source>
        <translation>Zu exportierendes Programm oder Übung</translation>
    </message>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="37"/>
        <source>Routine: {0}</source>
        <translation>Programm: {0}</translation>
    </message>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="41"/>
        <source>Exercise: {0}</source>
        <translation>Übung: {0}</translation>
    </message>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="49"/>
        <source>&amp;Export:</source>
        <translation>&amp;Exportieren:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="53"/>
        <source>&amp;Choose a file...</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
</context>
<context>
    <name>ExportFailed</name>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="116"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="86"/>
        <source>Export to a file</source>
        <translation>In eine Datei exportieren</translation>
    </message>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="88"/>
        <source>Routine and exercise files (*.toml)</source>
        <translation>Programm- und Übungsdateien (*.toml)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/safety/first_run.py" line="373"/>
        <source>What to do now:</source>
        <translation>Was du jetzt tun solltest:</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="573"/>
        <source>You answered yes to:</source>
        <translation>Du hast mit Ja geantwortet auf:</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="214"/>
        <source>Review your safety answers</source>
        <translation>Deine Antworten zur Sicherheit prüfen</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="214"/>
        <source>Safety check</source>
        <translation>Sicherheitscheck</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="232"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="236"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="236"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="277"/>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="280"/>
        <source>backcoach helps you look after your back yourself: it guides you through exercises and keeps track of how they go.</source>
        <translation>backcoach hilft dir, selbst etwas für deinen Rücken zu tun: Es leitet dich durch Übungen und hält fest, wie es dabei läuft.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="284"/>
        <source>It does not replace a doctor or a physiotherapist, and it cannot examine you. If you are not sure an exercise suits you, ask one of them first.</source>
        <translation>Es ersetzt weder Arzt noch Physiotherapie, und es kann dich nicht untersuchen. Wenn du nicht sicher bist, ob eine Übung zu dir passt, frag vorher in der Arztpraxis oder in der Physiotherapie nach.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="287"/>
        <source>Stop any exercise that causes sharp pain, or pain that spreads down a leg.</source>
        <translation>Hör mit jeder Übung auf, die einen stechenden Schmerz auslöst oder einen Schmerz, der ins Bein ausstrahlt.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="288"/>
        <source>Next come a few short questions, to check that exercise is safe for you now.</source>
        <translation>Als Nächstes kommen ein paar kurze Fragen, um zu prüfen, ob Training für dich gerade sicher ist.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="303"/>
        <source>A few safety questions</source>
        <translation>Ein paar Fragen zu deiner Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="306"/>
        <source>Tick each one that is true for you now. Leave the others empty: empty means no.</source>
        <translation>Kreuz jede Frage an, die gerade auf dich zutrifft. Lass die anderen leer: Leer heißt Nein.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="311"/>
        <source>Keys: Y for yes, N for no, Space to tick or clear, Tab to move on.</source>
        <translation>Tasten: J für Ja, N für Nein, Leertaste zum Ankreuzen oder Leeren, Tab zum Weitergehen.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="320"/>
        <source>Tick for yes, leave empty for no. Y or N answers and moves on.</source>
        <translation>Ankreuzen heißt Ja, leer lassen heißt Nein. J oder N antwortet und geht weiter.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="354"/>
        <source>A doctor has checked me and said I may exercise</source>
        <translation>Ein Arzt hat mich untersucht und gesagt, dass ich trainieren darf</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="394"/>
        <source>Anything else we should know?</source>
        <translation>Gibt es noch etwas, das wir wissen sollten?</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="397"/>
        <source>These do not stop you exercising. Tick any that apply: each exercise that needs extra care for it then says so first.</source>
        <translation>Das hält dich nicht vom Training ab. Kreuz an, was zutrifft: Jede Übung, bei der du deshalb besonders vorsichtig sein solltest, sagt dir das dann vorher.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="409"/>
        <source>I have osteoporosis, have had a spinal fracture, or take steroid tablets long-term</source>
        <translation>Ich habe Osteoporose, hatte einen Wirbelbruch oder nehme über längere Zeit Kortisontabletten</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="413"/>
        <source>Deep forward bending and twisting then show a caution first: go gently and only part of the way.</source>
        <translation>Bei tiefem Vorbeugen und bei Drehungen erscheint dann vorher ein Hinweis: Beweg dich sanft und geh nur ein Stück weit in die Bewegung.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="418"/>
        <source>I am pregnant</source>
        <translation>Ich bin schwanger</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="420"/>
        <source>Exercises lying face down, or arching the back against load, then ask for your midwife&apos;s or doctor&apos;s word first.</source>
        <translation>Bei Übungen in Bauchlage oder mit Rückbeuge gegen Widerstand wirst du dann zuerst gebeten, das Okay deiner Hebamme oder deines Arztes einzuholen.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="425"/>
        <source>I have had back surgery recently</source>
        <translation>Ich wurde vor Kurzem am Rücken operiert</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="427"/>
        <source>Exercises on the floor, and deep bending, twisting or arching, then ask for your surgeon&apos;s go-ahead first.</source>
        <translation>Bei Übungen auf dem Boden und bei tiefem Beugen, Drehen oder Rückbeugen wirst du dann zuerst gebeten, das Okay deines Chirurgen einzuholen.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="530"/>
        <source>Your answers will be saved, but sessions start only once a doctor has checked you: go back and tick the box when they have.</source>
        <translation>Deine Antworten werden gespeichert, aber ein Training startet erst, wenn ein Arzt dich untersucht hat: Geh danach hierher zurück und kreuz das Kästchen an.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="535"/>
        <source>All set: you can start sessions.</source>
        <translation>Alles bereit: Du kannst mit dem Training beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="595"/>
        <source>I &amp;understand</source>
        <translation>&amp;Verstanden</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="597"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="599"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="601"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="601"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../ui/player/floor_view.py" line="60"/>
        <source>backcoach: floor view</source>
        <translation>backcoach: Großansicht</translation>
    </message>
    <message>
        <location filename="../ui/player/floor_view.py" line="83"/>
        <source>Space: pause   ←/→: back/skip   M: mute   Esc: leave   ?: all keys</source>
        <translation>Leertaste: Pause   ←/→: zurück/weiter   M: stumm   Esc: verlassen   ?: alle Tasten</translation>
    </message>
    <message>
        <location filename="../ui/player/floor_view.py" line="147"/>
        <source>Voice muted</source>
        <translation>Stimme stumm</translation>
    </message>
    <message>
        <location filename="../ui/player/floor_view.py" line="155"/>
        <source>Next up: {what}</source>
        <translation>Als Nächstes: {what}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/history/view.py" line="152"/>
        <source>Your practice</source>
        <translation>Dein Training im Überblick</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="154"/>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="157"/>
        <source>One file with a row per session and one with a row per exercise</source>
        <translation>Eine Datei mit einer Zeile pro Training und eine mit einer Zeile pro Übung</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="159"/>
        <source>Report for your &amp;clinician (PDF)…</source>
        <translation>Be&amp;richt für Arzt oder Physiotherapie (PDF) …</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="177"/>
        <source>No sessions yet.

When you have done your first session, this page shows how often you practised, your minutes per week and how your pain changes over the weeks. Your history stays on this computer.</source>
        <translation>Noch kein Training.

Nach deinem ersten Training zeigt diese Seite, wie oft du geübt hast, deine Minuten pro Woche und wie sich deine Schmerzen über die Wochen verändern. Dein Verlauf bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="212"/>
        <source>Days you practised</source>
        <translation>Tage, an denen du geübt hast</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="233"/>
        <source>Advice: see a clinician</source>
        <translation>Rat: Arzt oder Physiotherapie aufsuchen</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="255"/>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="256"/>
        <source>Longest streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="257"/>
        <location filename="../ui/history/view.py" line="362"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="273"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="273"/>
        <source>Sessions</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="273"/>
        <location filename="../ui/history/view.py" line="306"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="276"/>
        <location filename="../ui/history/view.py" line="283"/>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="295"/>
        <source>Pain before and after sessions</source>
        <translation>Schmerz vor und nach dem Training</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="304"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="305"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="307"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="308"/>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="309"/>
        <source>Next day</source>
        <translation>Am nächsten Tag</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="314"/>
        <location filename="../ui/history/view.py" line="318"/>
        <source>Recent sessions</source>
        <translation>Letzte Trainings</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="347"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="380"/>
        <source>Please see a clinician</source>
        <translation>Bitte geh zum Arzt oder in die Physiotherapie</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="382"/>
        <source>backcoach cannot say why; a doctor or physiotherapist can examine you.</source>
        <translation>backcoach kann nicht sagen, woran das liegt; in der Arztpraxis oder in der Physiotherapie kann man dich untersuchen.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="397"/>
        <source>1 “this hurts”</source>
        <translation>1 × „Das tut weh“</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="399"/>
        <source>{n} “this hurts”</source>
        <translation>{n} × „Das tut weh“</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="416"/>
        <source>backcoach was closed before the session ended</source>
        <translation>backcoach wurde geschlossen, bevor das Training zu Ende war</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="431"/>
        <source>Export the history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="433"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="453"/>
        <source>Saved {sessions} and {items}.</source>
        <translation>{sessions} und {items} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="462"/>
        <source>Save a report for your clinician</source>
        <translation>Bericht für Arzt oder Physiotherapie speichern</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="464"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="476"/>
        <source>Saved the report as {path}.</source>
        <translation>Bericht als {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="486"/>
        <source>{name} could not be saved in {folder}: {reason}. Nothing was written. Please choose another folder.</source>
        <translation>{name} konnte nicht in {folder} gespeichert werden: {reason}. Es wurde nichts geschrieben. Bitte wähl einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="490"/>
        <source>Could not save the file</source>
        <translation>Die Datei konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>HistoryWording</name>
    <message>
        <location filename="../ui/history/report.py" line="74"/>
        <source>Completed</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="75"/>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="76"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="77"/>
        <source>Under way</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="84"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="85"/>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="94"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="96"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="97"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="110"/>
        <source>Your pain before sessions keeps rising: from {from_pain} in the week of {from_week} to {to_pain} in the week of {to_week}. Please see a doctor or physiotherapist before you go on, and show them this history.</source>
        <translation>Deine Schmerzen vor dem Training steigen immer weiter: in der Woche ab {from_week} lagen sie bei {from_pain}, in der Woche ab {to_week} bei {to_pain}. Bitte geh zum Arzt oder in die Physiotherapie, bevor du weitermachst, und zeig dort diesen Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/history/report.py" line="117"/>
        <source>After {weeks} weeks of practice your pain before sessions has not clearly improved ({from_pain} in the week of {from_week}, {to_pain} in the week of {to_week}). Please see a doctor or physiotherapist: another approach may help you more.</source>
        <translation>Nach {weeks} Wochen Training sind deine Schmerzen vor dem Training nicht deutlich besser geworden ({from_pain} in der Woche ab {from_week}, {to_pain} in der Woche ab {to_week}). Bitte geh zum Arzt oder in die Physiotherapie: Ein anderer Weg hilft dir vielleicht mehr.</translation>
    </message>
</context>
<context>
    <name>HurtQuestion</name>
    <message>
        <location filename="../ui/session/hurt.py" line="45"/>
        <source>This hurts</source>
        <translation>Das tut weh</translation>
    </message>
    <message>
        <location filename="../ui/session/hurt.py" line="46"/>
        <source>What is the pain like?</source>
        <translation>Wie fühlt sich der Schmerz an?</translation>
    </message>
    <message>
        <location filename="../ui/session/hurt.py" line="48"/>
        <source>During {exercise}.</source>
        <translation>Bei der Übung {exercise}.</translation>
    </message>
    <message>
        <location filename="../ui/session/hurt.py" line="54"/>
        <source>Sharp pain, or pain spreading down your leg, means stop this exercise. An ache that stays in your back: go on gently, within comfort.</source>
        <translation>Ein stechender Schmerz oder ein Schmerz, der ins Bein ausstrahlt, heißt: Hör mit dieser Übung auf. Ein dumpfer Schmerz, der im Rücken bleibt: Mach sanft weiter, nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <location filename="../ui/session/hurt.py" line="62"/>
        <source>&amp;Sharp</source>
        <translation>&amp;Stechend</translation>
    </message>
    <message>
        <location filename="../ui/session/hurt.py" line="66"/>
        <source>Spreads down my &amp;leg</source>
        <translation>Strahlt ins &amp;Bein aus</translation>
    </message>
    <message>
        <location filename="../ui/session/hurt.py" line="70"/>
        <source>An &amp;ache, go on</source>
        <translation>&amp;Dumpf, weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/session/hurt.py" line="75"/>
        <source>Never mind</source>
        <translation>Schon gut</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="35"/>
        <source>Import routines and exercises</source>
        <translation>Programme und Übungen importieren</translation>
    </message>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="37"/>
        <source>Routine and exercise files (*.toml)</source>
        <translation>Programm- und Übungsdateien (*.toml)</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="123"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="113"/>
        <source>The import stopped here; the files listed before were imported.</source>
        <translation>Der Import hat hier aufgehört; die davor genannten Dateien wurden importiert.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/import_dialogs.py" line="118"/>
        <source>Nothing was imported: every file must be valid. Fix these and import again, or check a file with “backcoach check FILE”.</source>
        <translation>Nichts wurde importiert: Jede Datei muss gültig sein. Behebe diese Fehler und importiere erneut, oder prüfe eine Datei mit „backcoach check DATEI“.</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../ui/player/intro.py" line="35"/>
        <source>Put the screen where you can see it from the floor, then lie down. F shows the floor view; Space pauses the countdown; Enter starts at once.</source>
        <translation>Stell den Bildschirm so auf, dass du ihn vom Boden aus siehst, und leg dich dann hin. F zeigt die Großansicht, die Leertaste hält den Countdown an, Enter startet sofort.</translation>
    </message>
    <message>
        <location filename="../ui/player/intro.py" line="46"/>
        <source>Before you start: how is your back right now?</source>
        <translation>Bevor es losgeht: Wie geht es deinem Rücken gerade?</translation>
    </message>
    <message>
        <location filename="../ui/player/intro.py" line="84"/>
        <source>About {length} in all</source>
        <translation>Insgesamt etwa {length}</translation>
    </message>
    <message>
        <location filename="../ui/player/intro.py" line="92"/>
        <source>First: {name}</source>
        <translation>Zuerst: {name}</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <location filename="../ui/editor/item_fields.py" line="46"/>
        <source>Choose an exercise or a rest in the list.</source>
        <translation>Wähl in der Liste eine Übung oder eine Pause.</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="52"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="53"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="54"/>
        <source>Hold (seconds)</source>
        <translation>Halten (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="55"/>
        <source>Rest between sets (seconds)</source>
        <translation>Pause zwischen den Sätzen (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="56"/>
        <source>Duration (seconds)</source>
        <translation>Dauer (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="57"/>
        <source>Tempo of the moves</source>
        <translation>Tempo der Bewegungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="75"/>
        <source>1 as written, 1.5 slower, 0.75 quicker (0.5 to 2); holds keep their time</source>
        <translation>1 wie beschrieben, 1,5 langsamer, 0,75 schneller (0,5 bis 2); Haltezeiten bleiben gleich</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="80"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="86"/>
        <source>A remark shown with this exercise</source>
        <translation>Eine Bemerkung, die bei dieser Übung erscheint</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="87"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="96"/>
        <source>Rest (seconds, 5 to 600)</source>
        <translation>Pause (Sekunden, 5 bis 600)</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="149"/>
        <source>both at once</source>
        <translation>beide Seiten zugleich</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="150"/>
        <source>each side in turn</source>
        <translation>Seite für Seite</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="151"/>
        <source>sides taken in turn, rep by rep</source>
        <translation>abwechselnd links und rechts, Wiederholung für Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/editor/item_fields.py" line="154"/>
        <source>As the exercise: {sides}</source>
        <translation>Wie bei der Übung: {sides}</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <location filename="../ui/player/key_help.py" line="36"/>
        <location filename="../ui/player/key_help.py" line="44"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/player/key_help.py" line="45"/>
        <source>Press ? or Esc, or click, to close this list.</source>
        <translation>Drück ? oder Esc oder klick irgendwohin, um diese Liste zu schließen.</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../ui/library/pane_frame.py" line="49"/>
        <source>Search exercises: name, alias or body area</source>
        <translation>Übungen suchen: Name, anderer Name oder Körperbereich</translation>
    </message>
    <message>
        <location filename="../ui/library/pane_frame.py" line="52"/>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/library/pane_frame.py" line="73"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../ui/library/pane_frame.py" line="84"/>
        <source>Start &amp;this exercise</source>
        <translation>Diese Übung &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/library/pane_frame.py" line="88"/>
        <source>A guided session of this exercise alone, at its usual dose</source>
        <translation>Ein angeleitetes Training nur mit dieser Übung, in der üblichen Menge</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="70"/>
        <location filename="../ui/library/pane_frame.py" line="97"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/library/pane_frame.py" line="106"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/library/pane_frame.py" line="107"/>
        <source>&amp;Position</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <location filename="../ui/library/pane_frame.py" line="108"/>
        <source>E&amp;quipment</source>
        <translation>Hilfs&amp;mittel</translation>
    </message>
    <message>
        <location filename="../ui/library/pane_frame.py" line="116"/>
        <source>S&amp;ource</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="195"/>
        <location filename="../ui/library/pane_frame.py" line="151"/>
        <source>{shown} of 1 exercise</source>
        <translation>{shown} von 1 Übung</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="197"/>
        <location filename="../ui/library/pane_frame.py" line="153"/>
        <source>{shown} of {total} exercises</source>
        <translation>{shown} von {total} Übungen</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../ui/player/live.py" line="36"/>
        <source>What the coach says</source>
        <translation>Was der Coach sagt</translation>
    </message>
    <message>
        <location filename="../ui/player/floor_view.py" line="117"/>
        <location filename="../ui/player/live.py" line="43"/>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <location filename="../ui/player/live.py" line="49"/>
        <source>Progress through the routine</source>
        <translation>Fortschritt im Programm</translation>
    </message>
    <message>
        <location filename="../ui/player/live.py" line="89"/>
        <source>Next up: {what}</source>
        <translation>Als Nächstes: {what}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/menus.py" line="46"/>
        <location filename="../ui/window/pages.py" line="23"/>
        <source>&amp;Exercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="47"/>
        <location filename="../ui/window/pages.py" line="24"/>
        <source>&amp;Routines</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="25"/>
        <source>&amp;Learn</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="26"/>
        <source>&amp;Session</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="50"/>
        <location filename="../ui/window/pages.py" line="27"/>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="20"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="37"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="38"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="21"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="48"/>
        <source>&amp;Learn about your back</source>
        <translation>&amp;Wissen rund um den Rücken</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="49"/>
        <source>S&amp;ession</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="61"/>
        <source>&amp;Search exercises</source>
        <translation>Übungen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="67"/>
        <source>&amp;Floor view (F in the player)</source>
        <translation>&amp;Großansicht (Taste F im Training)</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="22"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="73"/>
        <source>&amp;Voice and session...</source>
        <translation>&amp;Stimme und Training …</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="78"/>
        <source>&amp;Safety check...</source>
        <translation>Sicherheits&amp;check …</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="83"/>
        <source>&amp;Plan and reminders...</source>
        <translation>&amp;Plan und Erinnerungen …</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="23"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="90"/>
        <source>Content &amp;problems...</source>
        <translation>&amp;Probleme mit Inhalten …</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="93"/>
        <source>&amp;About backcoach</source>
        <translation>Ü&amp;ber backcoach</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="96"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="335"/>
        <source>1 content file had problems and was skipped.</source>
        <translation>1 Inhaltsdatei hatte Probleme und wurde übersprungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="336"/>
        <source>%n content files had problems and were skipped.</source>
        <translation>
            <numerusform>%n Inhaltsdatei hatte Probleme und wurde übersprungen.</numerusform>
            <numerusform>%n Inhaltsdateien hatten Probleme und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/content_problems.py" line="22"/>
        <source>Show problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/window/session_link.py" line="59"/>
        <source>Stop it and start “{title}” instead?</source>
        <translation>Es beenden und stattdessen „{title}“ starten?</translation>
    </message>
    <message>
        <location filename="../ui/window/next_day_link.py" line="43"/>
        <source>Thank you: noted in your history.</source>
        <translation>Danke, das steht jetzt in deinem Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/window/progression_link.py" line="34"/>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="470"/>
        <source>Closing the window ends the session.</source>
        <translation>Wenn du das Fenster schließt, endet das Training.</translation>
    </message>
</context>
<context>
    <name>NextDayCheckIn</name>
    <message>
        <location filename="../ui/checkin/next_day.py" line="29"/>
        <source>Yesterday you did {routines}. How is your back today?</source>
        <translation>Gestern hast du {routines} gemacht. Wie geht es deinem Rücken heute?</translation>
    </message>
    <message>
        <location filename="../ui/checkin/next_day.py" line="33"/>
        <source>Not &amp;now</source>
        <translation>Nicht jet&amp;zt</translation>
    </message>
</context>
<context>
    <name>OwnExercises</name>
    <message>
        <location filename="../ui/editor/own_exercises.py" line="38"/>
        <source>&amp;New exercise...</source>
        <translation>&amp;Neue Übung …</translation>
    </message>
    <message>
        <location filename="../ui/editor/own_exercises.py" line="41"/>
        <location filename="../ui/editor/own_exercises.py" line="48"/>
        <source>E&amp;dit this exercise...</source>
        <translation>Diese Übung bea&amp;rbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/editor/own_exercises.py" line="42"/>
        <source>Change or delete the exercise of yours shown</source>
        <translation>Die angezeigte eigene Übung ändern oder löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/own_exercises.py" line="45"/>
        <source>New e&amp;xercise...</source>
        <translation>&amp;Neue Übung …</translation>
    </message>
    <message>
        <location filename="../ui/editor/own_exercises.py" line="46"/>
        <source>Enter an exercise of your own, e.g. from your physio</source>
        <translation>Eine eigene Übung eingeben, z. B. aus deiner Physiotherapie</translation>
    </message>
    <message>
        <location filename="../ui/editor/own_exercises.py" line="111"/>
        <source>Your exercise was deleted.</source>
        <translation>Deine Übung wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/editor/own_exercises.py" line="114"/>
        <source>Saved “{name}”: it is in the list and can go into routines.</source>
        <translation>„{name}“ gespeichert: Sie steht in der Liste und kann in Programme aufgenommen werden.</translation>
    </message>
    <message>
        <location filename="../ui/editor/own_exercises.py" line="118"/>
        <source>Saved, but it did not load: see Help &gt; Content problems.</source>
        <translation>Gespeichert, aber nicht geladen: siehe Hilfe &gt; Probleme mit Inhalten.</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location filename="../ui/history/pain_chart.py" line="144"/>
        <source>Pain chart</source>
        <translation>Schmerzdiagramm</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="169"/>
        <source>No pain scores yet.</source>
        <translation>Noch keine Schmerzwerte.</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="172"/>
        <source>Mean pain in the week of {week}, on a scale from 0 to 10.</source>
        <translation>Durchschnittlicher Schmerz in der Woche ab {week}, auf einer Skala von 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="177"/>
        <source>Mean pain per week, on a scale from 0 to 10, from the week of {first} to the week of {last}.</source>
        <translation>Durchschnittlicher Schmerz pro Woche von der Woche ab {first} bis zur Woche ab {last}, auf einer Skala von 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="185"/>
        <source>Before sessions: {values}.</source>
        <translation>Vor dem Training: {values}.</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="188"/>
        <source>After sessions: {values}.</source>
        <translation>Nach dem Training: {values}.</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="195"/>
        <source>No meaningful change from the first week.</source>
        <translation>Keine deutliche Veränderung seit der ersten Woche.</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="203"/>
        <location filename="../ui/history/pain_chart.py" line="207"/>
        <source>none</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="214"/>
        <source>Meaningful rise in the week of {week}: {value}, against {baseline} in the first week.</source>
        <translation>Deutlicher Anstieg in der Woche ab {week}: {value}, gegenüber {baseline} in der ersten Woche.</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="219"/>
        <source>Meaningful improvement in the week of {week}: {value}, against {baseline} in the first week.</source>
        <translation>Deutliche Besserung in der Woche ab {week}: {value}, gegenüber {baseline} in der ersten Woche.</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="271"/>
        <source>No pain scores yet</source>
        <translation>Noch keine Schmerzwerte</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="290"/>
        <source>Mean pain per week (0–10)</source>
        <translation>Durchschnittlicher Schmerz pro Woche (0–10)</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="291"/>
        <source>before sessions</source>
        <translation>vor dem Training</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="292"/>
        <source>after sessions</source>
        <translation>nach dem Training</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="297"/>
        <source>meaningful rise from the first week (2 points or 30 %)</source>
        <translation>deutlicher Anstieg seit der ersten Woche (2 Punkte oder 30 %)</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="303"/>
        <source>meaningful improvement from the first week (2 points or 30 %)</source>
        <translation>deutliche Besserung seit der ersten Woche (2 Punkte oder 30 %)</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../ui/checkin/pain_scale.py" line="60"/>
        <source>Pain {score} of 10</source>
        <translation>Schmerz {score} von 10</translation>
    </message>
    <message>
        <location filename="../ui/checkin/pain_scale.py" line="66"/>
        <source>0: no pain · 10: the worst you can imagine · keys 0-9, 1 then 0 for 10</source>
        <translation>0: kein Schmerz · 10: stärkster vorstellbarer Schmerz · Tasten 0-9, für 10 erst 1, dann 0</translation>
    </message>
</context>
<context>
    <name>PhaseRows</name>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="35"/>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="36"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="37"/>
        <source>Kind of phase</source>
        <translation>Art der Phase</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="40"/>
        <source>What to do, as it is said aloud</source>
        <translation>Was zu tun ist, so wie es angesagt wird</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="42"/>
        <location filename="../ui/editor/phase_rows.py" line="119"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="47"/>
        <location filename="../ui/editor/phase_rows.py" line="119"/>
        <source>Breath</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="52"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="54"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="56"/>
        <source>as Hold</source>
        <translation>wie „Halten“</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="58"/>
        <source>A hold lasts as long as the dose&apos;s Hold says</source>
        <translation>Eine Haltephase dauert so lange, wie „Halten“ unter „Wie viel“ angibt</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="63"/>
        <location filename="../ui/editor/phase_rows.py" line="64"/>
        <source>Remove this phase</source>
        <translation>Diese Phase entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="119"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="119"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="123"/>
        <source>&amp;Add a phase</source>
        <translation>Phase hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/phase_rows.py" line="124"/>
        <source>Another part of the repetition, after the last one</source>
        <translation>Ein weiterer Teil der Wiederholung, nach dem letzten</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/reminders/plan_dialog.py" line="39"/>
        <source>Plan and reminders</source>
        <translation>Plan und Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/plan_dialog.py" line="43"/>
        <source>&amp;Remind me to do my exercises</source>
        <translation>&amp;Erinnere mich an meine Übungen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/plan_dialog.py" line="66"/>
        <source>Start backcoach when I &amp;log in</source>
        <translation>backcoach beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <location filename="../ui/reminders/plan_dialog.py" line="70"/>
        <source>R&amp;outine:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <location filename="../ui/reminders/plan_dialog.py" line="71"/>
        <source>On &amp;days:</source>
        <translation>An &amp;Tagen:</translation>
    </message>
    <message>
        <location filename="../ui/reminders/plan_dialog.py" line="74"/>
        <source>At &amp;time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../ui/reminders/plan_dialog.py" line="77"/>
        <source>The reminder comes while backcoach is running; closing the window keeps it in the system tray. Starting it when you log in makes sure it runs.</source>
        <translation>Die Erinnerung kommt, solange backcoach läuft; wenn du das Fenster schließt, bleibt es im Infobereich der Taskleiste. Startet es beim Anmelden, läuft es auf jeden Fall.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/plan_dialog.py" line="82"/>
        <source>The reminder comes while backcoach is running; there is no system tray here, so keep the window open (minimised is fine).</source>
        <translation>Die Erinnerung kommt, solange backcoach läuft; hier gibt es keinen Infobereich der Taskleiste, also lass das Fenster offen (minimiert reicht).</translation>
    </message>
</context>
<context>
    <name>PlanKeeper</name>
    <message>
        <location filename="../ui/reminders/keeper.py" line="75"/>
        <source>Could not save your plan: {error}</source>
        <translation>Dein Plan konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>PlayerKeys</name>
    <message>
        <location filename="../ui/player/keys.py" line="51"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="51"/>
        <source>Start without waiting</source>
        <translation>Ohne zu warten starten</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="54"/>
        <location filename="../ui/player/keys.py" line="61"/>
        <location filename="../ui/player/keys.py" line="186"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="55"/>
        <source>Pause or resume</source>
        <translation>Anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="60"/>
        <location filename="../ui/player/keys.py" line="186"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="63"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="64"/>
        <source>Back to the start of this set, or the one before</source>
        <translation>Zurück zum Anfang dieses Satzes oder zum vorherigen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="70"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="71"/>
        <source>Skip to the next set, rest or exercise</source>
        <translation>Weiter zum nächsten Satz, zur nächsten Pause oder Übung</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="76"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="76"/>
        <source>Do this set again</source>
        <translation>Diesen Satz noch einmal machen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="78"/>
        <source>+15 s rest</source>
        <translation>+15 s Pause</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="78"/>
        <source>Rest 15 seconds longer</source>
        <translation>15 Sekunden länger ausruhen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="80"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="80"/>
        <source>End the session here</source>
        <translation>Das Training hier beenden</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="82"/>
        <source>This hurts</source>
        <translation>Das tut weh</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="82"/>
        <source>Pause and say what the pain is like</source>
        <translation>Anhalten und sagen, wie sich der Schmerz anfühlt</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="89"/>
        <location filename="../ui/player/keys.py" line="208"/>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="167"/>
        <source>0-9</source>
        <translation>0-9</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="167"/>
        <source>Your pain before and after: 0-10 (1 then 0: 10)</source>
        <translation>Dein Schmerz vorher und nachher: 0-10 (1, dann 0: 10)</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="208"/>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="151"/>
        <source>The summary will show how much you did.</source>
        <translation>Die Übersicht zeigt dann, wie viel du geschafft hast.</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="89"/>
        <source>Mute or unmute the voice</source>
        <translation>Stimme stumm- oder wieder einschalten</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="92"/>
        <source>Floor view</source>
        <translation>Großansicht</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="92"/>
        <source>Big screen to read from the floor</source>
        <translation>Große Anzeige, vom Boden aus lesbar</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="95"/>
        <source>Leave floor view</source>
        <translation>Großansicht verlassen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="96"/>
        <source>Leave the floor view (or close this help)</source>
        <translation>Großansicht verlassen (oder diese Hilfe schließen)</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="100"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="100"/>
        <source>Show or hide this list of keys</source>
        <translation>Diese Tastenliste zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="168"/>
        <source>Media keys</source>
        <translation>Medientasten</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="168"/>
        <source>Play/Pause, Next and Previous work too</source>
        <translation>Wiedergabe/Pause, Weiter und Zurück funktionieren auch</translation>
    </message>
</context>
<context>
    <name>PlayerPane</name>
    <message>
        <location filename="../ui/player/pane.py" line="44"/>
        <source>No session yet. Choose a routine under Routines and press Start, or an exercise under Exercises and press “Start this exercise”.</source>
        <translation>Noch kein Training. Wähl unter „Programme“ ein Programm und drück „Dieses Programm starten“, oder wähl unter „Übungen“ eine Übung und drück „Diese Übung starten“.</translation>
    </message>
</context>
<context>
    <name>PracticeCalendar</name>
    <message>
        <location filename="../ui/history/calendar.py" line="54"/>
        <source>Practice calendar</source>
        <translation>Übungskalender</translation>
    </message>
    <message>
        <location filename="../ui/history/calendar.py" line="103"/>
        <source>{day}: no session.</source>
        <translation>{day}: kein Training.</translation>
    </message>
    <message>
        <location filename="../ui/history/calendar.py" line="106"/>
        <source>{day}: 1 session, {minutes} min.</source>
        <translation>{day}: 1 Training, {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../ui/history/calendar.py" line="107"/>
        <source>{day}: {n} sessions, {minutes} min.</source>
        <translation>{day}: {n} Trainings, {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../ui/history/calendar.py" line="118"/>
        <source>Shaded days are days you practised: {n} in {month}.</source>
        <translation>Hinterlegte Tage sind Tage, an denen du geübt hast: {n} im {month}.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../ui/problems_dialog.py" line="33"/>
        <source>Content problems</source>
        <translation>Probleme mit Inhalten</translation>
    </message>
    <message>
        <location filename="../ui/problems_dialog.py" line="37"/>
        <source>These files were skipped; everything else loaded. Fix a file and restart backcoach, or check it with “backcoach check FILE”.</source>
        <translation>Diese Dateien wurden übersprungen, alles andere ist geladen. Korrigiere eine Datei und starte backcoach neu, oder prüfe sie mit „backcoach check DATEI“.</translation>
    </message>
</context>
<context>
    <name>ProgressionOffer</name>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="46"/>
        <source>Acce&amp;pt</source>
        <translation>Übe&amp;rnehmen</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="48"/>
        <source>&amp;Not now</source>
        <translation>&amp;Jetzt nicht</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="103"/>
        <source>{name} went well in your last {count} sessions: try {new} instead of {old}?</source>
        <translation>Bei {name} lief es in deinen letzten {count} Trainings gut: Möchtest du {new} statt {old} probieren?</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="111"/>
        <source>{name} hurt during your last session: go down to {new}?</source>
        <translation>Bei {name} hattest du im letzten Training Schmerzen: Auf {new} zurückgehen?</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="115"/>
        <source>Your back was worse the next day: go down to {new} for {name}?</source>
        <translation>Deinem Rücken ging es am nächsten Tag schlechter: Bei {name} auf {new} zurückgehen?</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="119"/>
        <source>Your back hurt after your last session: go down to {new} for {name}?</source>
        <translation>Dein Rücken hat nach dem letzten Training wehgetan: Bei {name} auf {new} zurückgehen?</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="123"/>
        <source>Now: {dose}.</source>
        <translation>Derzeit: {dose}.</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="126"/>
        <source>A yes saves the change in your own copy, {title}; the original stays as it is.</source>
        <translation>Ein Ja speichert die Änderung in deiner eigenen Kopie, {title}; das Original bleibt, wie es ist.</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="129"/>
        <source>A yes saves the change in your routine {title}.</source>
        <translation>Ein Ja speichert die Änderung in deinem Programm {title}.</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="138"/>
        <source>Saved: {name} is now {dose}.</source>
        <translation>Gespeichert. Für {name} gilt jetzt: {dose}.</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="145"/>
        <source>Start {title} next time to use it.</source>
        <translation>Starte beim nächsten Mal {title}, damit die Änderung gilt.</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="149"/>
        <source>{name} stays as it is.</source>
        <translation>{name}: Alles bleibt, wie es ist.</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="151"/>
        <source>The routine changed since this was suggested, so nothing was changed.</source>
        <translation>Das Programm hat sich seit diesem Vorschlag geändert, darum wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="152"/>
        <source>Your routine could not be saved ({why}), so nothing was changed.</source>
        <translation>Dein Programm konnte nicht gespeichert werden ({why}), darum wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="161"/>
        <source>holds of {n} seconds</source>
        <translation>{n} Sekunden Haltezeit</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="165"/>
        <source>1 rep</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="166"/>
        <source>{n} reps</source>
        <translation>{n} Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="170"/>
        <source>{n} sets of {reps}</source>
        <translation>{n} Sätze zu je {reps}</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="172"/>
        <source>1 set</source>
        <translation>1 Satz</translation>
    </message>
    <message>
        <location filename="../ui/coach/progression_offer.py" line="173"/>
        <source>{n} sets</source>
        <translation>{n} Sätze</translation>
    </message>
</context>
<context>
    <name>ReminderBand</name>
    <message>
        <location filename="../ui/reminders/band.py" line="20"/>
        <source>&amp;Start now</source>
        <translation>&amp;Jetzt starten</translation>
    </message>
    <message>
        <location filename="../ui/reminders/band.py" line="23"/>
        <source>Not &amp;now</source>
        <translation>Nicht jet&amp;zt</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../ui/reminders/coordinator.py" line="91"/>
        <source>You missed %n planned day(s). No matter: today is a good day to start again.</source>
        <translation>
            <numerusform>Du hast %n geplanten Tag verpasst. Macht nichts: Heute ist ein guter Tag, um wieder anzufangen.</numerusform>
            <numerusform>Du hast %n geplante Tage verpasst. Macht nichts: Heute ist ein guter Tag, um wieder anzufangen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reminders/coordinator.py" line="100"/>
        <source>Click here to start it.</source>
        <translation>Klick hier, um es zu starten.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/coordinator.py" line="101"/>
        <source>Time for your back exercises</source>
        <translation>Zeit für deine Rückenübungen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/coordinator.py" line="110"/>
        <source>Your routine</source>
        <translation>Dein Programm</translation>
    </message>
    <message>
        <location filename="../ui/reminders/coordinator.py" line="112"/>
        <source>{routine} was planned for {time} today.</source>
        <translation>{routine} war heute für {time} Uhr geplant.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/coordinator.py" line="115"/>
        <source>{routine} is planned for now.</source>
        <translation>{routine} ist für jetzt geplant.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/coordinator.py" line="149"/>
        <source>The planned routine is gone; choose another in the plan.</source>
        <translation>Das geplante Programm gibt es nicht mehr; wähl im Plan ein anderes.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/coordinator.py" line="193"/>
        <source>Could not set backcoach to start at login: {error}</source>
        <translation>backcoach konnte nicht so eingerichtet werden, dass es beim Anmelden startet: {error}</translation>
    </message>
    <message>
        <location filename="../ui/reminders/coordinator.py" line="209"/>
        <source>backcoach keeps running here to remind you of your plan. To end it, choose Quit in this icon&apos;s menu.</source>
        <translation>backcoach läuft hier weiter, um dich an deinen Plan zu erinnern. Zum Beenden wähl „Beenden“ im Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>ReplaceFiles</name>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="99"/>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="100"/>
        <source>These files are already there:</source>
        <translation>Diese Dateien gibt es schon:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/export_dialogs.py" line="103"/>
        <source>Replace them</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <location filename="../ui/editor/routine_actions.py" line="56"/>
        <source>My routine</source>
        <translation>Mein Programm</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_actions.py" line="56"/>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_actions.py" line="63"/>
        <source>Edit routine</source>
        <translation>Programm bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_actions.py" line="67"/>
        <source>{title} (mine)</source>
        <translation>{title} (meins)</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_actions.py" line="69"/>
        <source>New routine from a copy</source>
        <translation>Neues Programm aus einer Kopie</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../ui/editor/editor_questions.py" line="30"/>
        <source>Delete the routine?</source>
        <translation>Programm löschen?</translation>
    </message>
    <message>
        <location filename="../ui/editor/editor_questions.py" line="31"/>
        <source>Delete “{title}”? Its file is removed; your history keeps it.</source>
        <translation>„{title}“ löschen? Seine Datei wird entfernt; in deinem Verlauf bleibt es erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editor_questions.py" line="34"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editor_questions.py" line="35"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/editor/editor_questions.py" line="46"/>
        <source>Discard the changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/editor/editor_questions.py" line="47"/>
        <source>The routine has changes that are not saved.</source>
        <translation>Das Programm hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editor_questions.py" line="50"/>
        <source>Discard them</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editor_questions.py" line="51"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/refusal_text.py" line="16"/>
        <source>Not a number: type one from {low} to {high}.</source>
        <translation>Keine Zahl: Gib eine von {low} bis {high} ein.</translation>
    </message>
    <message>
        <location filename="../ui/editor/refusal_text.py" line="19"/>
        <source>A whole number, please ({low} to {high}).</source>
        <translation>Bitte eine ganze Zahl ({low} bis {high}).</translation>
    </message>
    <message>
        <location filename="../ui/editor/refusal_text.py" line="22"/>
        <source>Must be from {low} to {high}.</source>
        <translation>Muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/refusal_text.py" line="25"/>
        <source>Not for a timed activity: change its duration instead.</source>
        <translation>Nicht bei einer Aktivität nach Zeit: Ändere stattdessen ihre Dauer.</translation>
    </message>
    <message>
        <location filename="../ui/editor/refusal_text.py" line="28"/>
        <source>Only a timed activity has a duration.</source>
        <translation>Nur eine Aktivität nach Zeit hat eine Dauer.</translation>
    </message>
    <message>
        <location filename="../ui/editor/refusal_text.py" line="31"/>
        <source>This exercise has no hold.</source>
        <translation>Bei dieser Übung wird nichts gehalten.</translation>
    </message>
    <message>
        <location filename="../ui/editor/refusal_text.py" line="32"/>
        <source>This exercise is done on each side.</source>
        <translation>Diese Übung wird auf jeder Seite gemacht.</translation>
    </message>
    <message>
        <location filename="../ui/editor/refusal_text.py" line="35"/>
        <source>Must not be empty.</source>
        <translation>Darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../ui/editor/refusal_text.py" line="36"/>
        <source>Too long: at most {high} characters.</source>
        <translation>Zu lang: höchstens {high} Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="69"/>
        <source>Edit routine</source>
        <translation>Programm bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="99"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="100"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="118"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="120"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="129"/>
        <source>Exercises to add</source>
        <translation>Übungen zum Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="136"/>
        <source>&amp;Add to routine</source>
        <translation>Zum Programm &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="138"/>
        <source>Or drag exercises into the routine</source>
        <translation>Oder zieh Übungen ins Programm</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="147"/>
        <source>This routine</source>
        <translation>Dieses Programm</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="153"/>
        <source>Exercises and rests of the routine</source>
        <translation>Übungen und Pausen des Programms</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="164"/>
        <source>Add r&amp;est</source>
        <translation>&amp;Pause hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="167"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="168"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Nach oben schieben (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="170"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="171"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Nach unten schieben (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="173"/>
        <location filename="../ui/editor/routine_editor.py" line="244"/>
        <location filename="../ui/editor/routine_editor.py" line="311"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="174"/>
        <source>Remove from the routine (Delete)</source>
        <translation>Aus dem Programm entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="189"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="209"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="210"/>
        <source>What it is for</source>
        <translation>Wofür es ist</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="211"/>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="212"/>
        <source>Rest between exercises (seconds)</source>
        <translation>Pause zwischen den Übungen (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="214"/>
        <source>e.g. twice a day</source>
        <translation>z. B. zweimal am Tag</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="219"/>
        <source>Chosen exercise or rest</source>
        <translation>Gewählte Übung oder Pause</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="241"/>
        <source>Move up</source>
        <translation>Nach oben schieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="242"/>
        <source>Move down</source>
        <translation>Nach unten schieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="251"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="253"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="286"/>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="291"/>
        <source>Add rest</source>
        <translation>Pause hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="299"/>
        <location filename="../ui/editor/routine_editor.py" line="304"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="317"/>
        <location filename="../ui/editor/routine_editor.py" line="331"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="322"/>
        <source>Change note</source>
        <translation>Notiz ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="327"/>
        <source>Change rest</source>
        <translation>Pause ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="358"/>
        <source>Total: {length}</source>
        <translation>Insgesamt: {length}</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="388"/>
        <source>A value is refused: correct the field marked in red.</source>
        <translation>Ein Wert wird nicht angenommen: Korrigiere das rot markierte Feld.</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="390"/>
        <source>Give the routine a title and say what it is for.</source>
        <translation>Gib dem Programm einen Titel und sag, wofür es ist.</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="392"/>
        <source>Add at least one exercise.</source>
        <translation>Füg mindestens eine Übung hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_editor.py" line="415"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_items_model.py" line="82"/>
        <source>A rest must come between two exercises.</source>
        <translation>Eine Pause muss zwischen zwei Übungen stehen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_items_model.py" line="88"/>
        <source>Rest {seconds} s</source>
        <translation>Pause {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_items_model.py" line="96"/>
        <source>tempo × {factor}</source>
        <translation>Tempo × {factor}</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <location filename="../ui/library/routine_list.py" line="56"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="56"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="58"/>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="85"/>
        <source>No routines yet.</source>
        <translation>Noch keine Programme.</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="89"/>
        <source>Routine details</source>
        <translation>Details zum Programm</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="97"/>
        <source>&amp;Start this routine</source>
        <translation>Dieses Programm &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="100"/>
        <source>Start a guided session (Enter or a double click on a routine does the same)</source>
        <translation>Ein angeleitetes Training starten (Enter oder ein Doppelklick auf ein Programm tun dasselbe)</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="104"/>
        <source>&amp;New routine…</source>
        <translation>&amp;Neues Programm …</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="106"/>
        <location filename="../ui/library/routine_list.py" line="160"/>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="108"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="160"/>
        <source>Copy and &amp;edit…</source>
        <translation>Kopieren und bea&amp;rbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="168"/>
        <source>Takes about {length}</source>
        <translation>Dauert etwa {length}</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="173"/>
        <source>How often: {frequency}</source>
        <translation>Wie oft: {frequency}</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="176"/>
        <source>{seconds} s rest between exercises</source>
        <translation>{seconds} s Pause zwischen den Übungen</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="181"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="186"/>
        <source>Rest {seconds} s</source>
        <translation>Pause {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="198"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="207"/>
        <source>Your own routine, from {file}</source>
        <translation>Dein eigenes Programm, aus {file}</translation>
    </message>
</context>
<context>
    <name>SafetyCheck</name>
    <message>
        <location filename="../ui/safety/first_run.py" line="45"/>
        <source>Since the back pain began, have you lost control of your bladder or bowels?</source>
        <translation>Hast du seit Beginn der Rückenschmerzen die Kontrolle über Blase oder Darm verloren?</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="49"/>
        <source>Is there numbness around your genitals or your buttocks?</source>
        <translation>Ist der Bereich um deine Genitalien oder dein Gesäß taub?</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="52"/>
        <source>Do both of your legs feel weak or numb?</source>
        <translation>Fühlen sich deine beiden Beine schwach oder taub an?</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="55"/>
        <source>Do you have pain in your chest?</source>
        <translation>Hast du Schmerzen in der Brust?</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="56"/>
        <source>Did the back pain start after a serious fall or an accident?</source>
        <translation>Haben die Rückenschmerzen nach einem schweren Sturz oder einem Unfall angefangen?</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="59"/>
        <source>Has your walking become unsteady?</source>
        <translation>Ist dein Gang unsicher geworden?</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="62"/>
        <source>Do you have a fever as well as the back pain?</source>
        <translation>Hast du zu den Rückenschmerzen auch Fieber?</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="65"/>
        <source>Have you lost weight without trying to?</source>
        <translation>Hast du abgenommen, ohne es zu wollen?</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="68"/>
        <source>Have you ever had cancer?</source>
        <translation>Hattest du jemals Krebs?</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="69"/>
        <source>Is the pain there all the time, and worse at night?</source>
        <translation>Ist der Schmerz ständig da und nachts schlimmer?</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="81"/>
        <source>Get medical help now</source>
        <translation>Hol dir jetzt medizinische Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="82"/>
        <source>Please see a doctor first</source>
        <translation>Bitte lass dich zuerst ärztlich untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="88"/>
        <source>Call your emergency number now (112 in Europe, 999 in the UK, 911 in the US and Canada), or go to the nearest emergency department (A&amp;E).</source>
        <translation>Ruf jetzt den Notruf an (112 in Europa, 999 im Vereinigten Königreich, 911 in den USA und in Kanada) oder geh in die nächste Notaufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="93"/>
        <source>Do not do any exercises for now.</source>
        <translation>Mach vorerst keine Übungen.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="94"/>
        <source>backcoach starts no session while this answer stands. If you ticked it by mistake, go back and change it.</source>
        <translation>Solange diese Antwort gilt, startet backcoach kein Training. Wenn du sie aus Versehen angekreuzt hast, geh zurück und ändere sie.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="101"/>
        <source>See a doctor in the next few days, before you exercise with backcoach.</source>
        <translation>Lass dich in den nächsten Tagen ärztlich untersuchen, bevor du mit backcoach trainierst.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="105"/>
        <source>Once a doctor has checked you and said you may exercise, tick the box to say so; sessions can start then.</source>
        <translation>Sobald ein Arzt dich untersucht und gesagt hat, dass du trainieren darfst, kreuz das Kästchen dafür an; dann kann das Training beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="115"/>
        <source>These signs can mean that a nerve or another part of the body needs care at once.</source>
        <translation>Diese Anzeichen können bedeuten, dass ein Nerv oder ein anderer Teil des Körpers sofort behandelt werden muss.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="119"/>
        <source>Most of the time these signs have a harmless cause. Now and then they point to something other than a strained back, such as an infection or a fracture, which a doctor should rule out first.</source>
        <translation>Meistens haben diese Anzeichen eine harmlose Ursache. Manchmal weisen sie aber auf etwas anderes hin als einen überlasteten Rücken, etwa auf eine Infektion oder einen Knochenbruch, und das sollte zuerst ärztlich ausgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="130"/>
        <source>You can start sessions.</source>
        <translation>Du kannst mit dem Training beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="131"/>
        <source>Please answer the safety check before your first session.</source>
        <translation>Bitte beantworte vor deinem ersten Training die Fragen im Sicherheitscheck.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="134"/>
        <source>No sessions for now: one of your answers needs medical help at once. If it was a mistake, change it under Settings, Safety check.</source>
        <translation>Vorerst kein Training: Eine deiner Antworten bedeutet, dass du sofort medizinische Hilfe brauchst. Falls das ein Versehen war, ändere sie unter Einstellungen, Sicherheitscheck.</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="139"/>
        <source>Sessions start once a doctor has checked you: say so under Settings, Safety check.</source>
        <translation>Das Training kann beginnen, sobald ein Arzt dich untersucht hat: Gib das unter Einstellungen, Sicherheitscheck an.</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <location filename="../ui/desktop/screensaver.py" line="37"/>
        <source>The screen may blank during the session: {why}. Turn off screen blanking in your desktop&apos;s settings, or touch a key now and then.</source>
        <translation>Der Bildschirm kann während des Trainings dunkel werden: {why}. Schalte das automatische Abschalten des Bildschirms in den Einstellungen deines Desktops aus, oder drück ab und zu eine Taste.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/screensaver.py" line="77"/>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <location filename="../ui/desktop/screensaver.py" line="135"/>
        <source>the desktop gave an unexpected answer</source>
        <translation>der Desktop hat unerwartet geantwortet</translation>
    </message>
    <message>
        <location filename="../ui/desktop/screensaver.py" line="147"/>
        <location filename="../ui/desktop/screensaver.py" line="186"/>
        <source>The screen stays on during the session.</source>
        <translation>Der Bildschirm bleibt während des Trainings an.</translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message>
        <location filename="../ui/session/control.py" line="147"/>
        <location filename="../ui/session/control.py" line="344"/>
        <source>A guided exercise session</source>
        <translation>Ein angeleitetes Übungstraining</translation>
    </message>
    <message>
        <location filename="../ui/session/control.py" line="247"/>
        <source>Stopping {name}. Pain that is sharp or spreads down your leg means leave that movement out today. Press Space when you are ready to go on.</source>
        <translation>Wir beenden {name}. Bei einem stechenden Schmerz oder einem Schmerz, der ins Bein ausstrahlt, lass diese Bewegung heute weg. Drück die Leertaste, wenn du bereit bist weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>SessionDisplay</name>
    <message>
        <location filename="../ui/session/display.py" line="80"/>
        <source>GET READY</source>
        <translation>MACH DICH BEREIT</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="81"/>
        <source>GET INTO POSITION</source>
        <translation>AUSGANGSPOSITION</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="82"/>
        <source>MOVE</source>
        <translation>BEWEGEN</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="83"/>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="84"/>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="85"/>
        <source>SWITCH SIDES</source>
        <translation>SEITENWECHSEL</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="86"/>
        <source>PAUSED</source>
        <translation>ANGEHALTEN</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="87"/>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="103"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="104"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="111"/>
        <source>Set {n} of {total}</source>
        <translation>Satz {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="142"/>
        <source>Get into the starting position</source>
        <translation>Geh in die Ausgangsposition</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="145"/>
        <source>Rest and breathe</source>
        <translation>Ruh dich aus und atme durch</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="146"/>
        <source>Rest, then the next exercise</source>
        <translation>Pause, dann die nächste Übung</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="149"/>
        <source>Change to the other side</source>
        <translation>Wechsle auf die andere Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="150"/>
        <source>Session complete</source>
        <translation>Training geschafft</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="156"/>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="163"/>
        <source>Exercise {n} of {total}</source>
        <translation>Übung {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="177"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="179"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="182"/>
        <source>repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="185"/>
        <source>seconds left</source>
        <translation>Sekunden übrig</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="188"/>
        <source>Rep {n} of {total}</source>
        <translation>Wiederholung {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="221"/>
        <source>preparing the voice</source>
        <translation>Stimme wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="224"/>
        <source>seconds to get ready</source>
        <translation>Sekunden bis zum Start</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="231"/>
        <source>Get onto the floor: the session starts by itself</source>
        <translation>Leg dich auf den Boden: Das Training beginnt von selbst</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="237"/>
        <source>{time} in all</source>
        <translation>Insgesamt {time}</translation>
    </message>
</context>
<context>
    <name>SessionMessages</name>
    <message>
        <location filename="../ui/session/messages.py" line="16"/>
        <source>Stop the session?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <location filename="../ui/session/messages.py" line="17"/>
        <source>A session is under way.</source>
        <translation>Gerade läuft ein Training.</translation>
    </message>
    <message>
        <location filename="../ui/session/messages.py" line="20"/>
        <source>Stop the session</source>
        <translation>Training beenden</translation>
    </message>
    <message>
        <location filename="../ui/session/messages.py" line="24"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/session/messages.py" line="41"/>
        <source>Cannot start the session</source>
        <translation>Training kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <location filename="../ui/player/settings.py" line="39"/>
        <source>Could not save your settings: {error}</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <location filename="../ui/sharing/actions.py" line="46"/>
        <source>&amp;Import routines or exercises...</source>
        <translation>Programme oder Übungen &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/sharing/actions.py" line="48"/>
        <source>E&amp;xport a routine or exercise...</source>
        <translation>Programm oder Übung e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/sharing/actions.py" line="98"/>
        <source>{0} kept as it was</source>
        <translation>{0} unverändert behalten</translation>
    </message>
    <message>
        <location filename="../ui/sharing/actions.py" line="100"/>
        <source>{0} imported as {1}</source>
        <translation>{0} als {1} importiert</translation>
    </message>
    <message>
        <location filename="../ui/sharing/actions.py" line="102"/>
        <source>{0} replaced</source>
        <translation>{0} ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/sharing/actions.py" line="105"/>
        <source>{0} now used instead of the built-in one</source>
        <translation>{0} wird jetzt statt der mitgelieferten verwendet</translation>
    </message>
    <message>
        <location filename="../ui/sharing/actions.py" line="108"/>
        <source>{0} imported</source>
        <translation>{0} importiert</translation>
    </message>
    <message>
        <location filename="../ui/sharing/actions.py" line="135"/>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <location filename="../ui/sharing/actions.py" line="140"/>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
</context>
<context>
    <name>SpeechCache</name>
    <message>
        <location filename="../speech/cache_words.py" line="14"/>
        <source>The disk is full (folder {folder}): cues that could not be rendered are shown as captions only.</source>
        <translation>Der Datenträger ist voll (Ordner {folder}): Ansagen, die nicht erzeugt werden konnten, erscheinen nur als Untertitel.</translation>
    </message>
    <message>
        <location filename="../speech/cache_words.py" line="20"/>
        <source>The speech cache folder {folder} cannot be written, and no temporary folder could be made ({reason}): cues are shown as captions only.</source>
        <translation>In den Sprach-Zwischenspeicher {folder} kann nicht geschrieben werden, und kein temporärer Ordner ließ sich anlegen ({reason}): Ansagen erscheinen nur als Untertitel.</translation>
    </message>
    <message>
        <location filename="../speech/cache_words.py" line="26"/>
        <source>The speech cache folder {folder} is read-only; using a temporary folder until backcoach closes.</source>
        <translation>Der Sprach-Zwischenspeicher {folder} ist schreibgeschützt; bis backcoach beendet wird, dient ein temporärer Ordner.</translation>
    </message>
    <message>
        <location filename="../speech/cache_words.py" line="32"/>
        <source>The speech cache folder {folder} is not a folder (a file is in its place); using a temporary folder until backcoach closes.</source>
        <translation>Der Sprach-Zwischenspeicher {folder} ist kein Ordner (an seiner Stelle liegt eine Datei); bis backcoach beendet wird, dient ein temporärer Ordner.</translation>
    </message>
    <message>
        <location filename="../speech/cache_words.py" line="37"/>
        <source>The speech cache folder {folder} cannot be written ({reason}); using a temporary folder until backcoach closes.</source>
        <translation>In den Sprach-Zwischenspeicher {folder} kann nicht geschrieben werden ({reason}); bis backcoach beendet wird, dient ein temporärer Ordner.</translation>
    </message>
</context>
<context>
    <name>SpeechSettingsDialog</name>
    <message>
        <location filename="../ui/speech_settings.py" line="70"/>
        <source>Voice and session</source>
        <translation>Stimme und Training</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="77"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="83"/>
        <source>The language of the window, the exercises and the voice. The window is rebuilt in the new language when you press OK.</source>
        <translation>Die Sprache des Fensters, der Übungen und der Stimme. Wenn du OK drückst, wird das Fenster in der neuen Sprache neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="88"/>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="93"/>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="98"/>
        <source>Mute the voice (the screen still shows every cue)</source>
        <translation>Stimme stumm schalten (der Bildschirm zeigt weiterhin jede Ansage)</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="103"/>
        <source>Full instructions the first time an exercise comes up</source>
        <translation>Volle Anleitung, wenn eine Übung zum ersten Mal drankommt</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="106"/>
        <source>Full instructions every time</source>
        <translation>Jedes Mal die volle Anleitung</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="107"/>
        <source>Brief: names and counts only</source>
        <translation>Kurz: nur Namen und Zählen</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="113"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="115"/>
        <source>&amp;Test voice</source>
        <translation>&amp;Probe hören</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="90"/>
        <location filename="../ui/speech_settings.py" line="181"/>
        <source>The language&apos;s default voice</source>
        <translation>Standardstimme der Sprache</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="127"/>
        <source>Language, voice and speed can be changed between sessions.</source>
        <translation>Sprache, Stimme und Tempo lassen sich nur ändern, wenn gerade kein Training läuft.</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="131"/>
        <source>Looking for voices…</source>
        <translation>Stimmen werden gesucht …</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="136"/>
        <source>No voices to choose from: sessions show captions.</source>
        <translation>Keine Stimmen zur Auswahl: Das Training zeigt die Ansagen als Text.</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="141"/>
        <source>Voices &amp;in:</source>
        <translation>Stimmen &amp;für:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="142"/>
        <source>&amp;Voice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="143"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="144"/>
        <source>V&amp;olume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="146"/>
        <source>&amp;Instructions:</source>
        <translation>Anl&amp;eitung:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="147"/>
        <source>&amp;Get-ready time:</source>
        <translation>&amp;Vorbereitungszeit:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/speech_settings.py" line="176"/>
        <source>%n voice(s) installed.</source>
        <translation>
            <numerusform>%n Stimme installiert.</numerusform>
            <numerusform>%n Stimmen installiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/player/summary.py" line="33"/>
        <source>Do it &amp;again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="35"/>
        <source>&amp;Choose another routine</source>
        <translation>Anderes Pro&amp;gramm wählen</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="41"/>
        <source>How is your back now, after the session?</source>
        <translation>Wie geht es deinem Rücken jetzt, nach dem Training?</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="58"/>
        <source>Session complete. Well done!</source>
        <translation>Training geschafft. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="60"/>
        <source>Session over, some of it skipped</source>
        <translation>Training zu Ende, einiges davon übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="62"/>
        <source>Stopped after {time}</source>
        <translation>Abgebrochen nach {time}</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="80"/>
        <source>{name}: done</source>
        <translation>{name}: geschafft</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="81"/>
        <source>{name}: skipped</source>
        <translation>{name}: übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="82"/>
        <source>{name}: not reached</source>
        <translation>{name}: nicht erreicht</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="91"/>
        <source>{name}: {done} of {planned}</source>
        <translation>{name}: {done} von {planned}</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="97"/>
        <source>{name}: {done} of {planned} sets ({reps} of {all_reps} reps)</source>
        <translation>{name}: {done} von {planned} Sätzen ({reps} von {all_reps} Wiederholungen)</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="105"/>
        <source>{name}: {done} of {planned} reps</source>
        <translation>{name}: {done} von {planned} Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="109"/>
        <source>{name}: held {done} of {planned} s</source>
        <translation>{name}: {done} von {planned} s gehalten</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="112"/>
        <source>{name}: partly done</source>
        <translation>{name}: teilweise gemacht</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="69"/>
        <source>Time: {active} (planned {planned})</source>
        <translation>Zeit: {active} (geplant {planned})</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../ui/reminders/tray.py" line="52"/>
        <source>Quick &amp;desk break (2-3 minutes)</source>
        <translation>Kurze Schreibtisch&amp;pause (2-3 Minuten)</translation>
    </message>
    <message>
        <location filename="../ui/reminders/tray.py" line="53"/>
        <source>S&amp;how backcoach</source>
        <translation>backcoach &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/tray.py" line="54"/>
        <source>&amp;Plan and reminders...</source>
        <translation>Plan und &amp;Erinnerungen …</translation>
    </message>
    <message>
        <location filename="../ui/reminders/tray.py" line="55"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/reminders/tray.py" line="61"/>
        <source>&amp;Start {title}</source>
        <translation>{title} &amp;starten</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../ui/wording.py" line="34"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="36"/>
        <location filename="../ui/wording.py" line="89"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="52"/>
        <source>1 repetition</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="35"/>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="16"/>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="48"/>
        <source>{n} sets of {reps}</source>
        <translation>{n} Sätze zu je {reps}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="54"/>
        <source>{n} repetitions</source>
        <translation>{n} Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="57"/>
        <source>each side</source>
        <translation>pro Seite</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="59"/>
        <source>alternating sides</source>
        <translation>abwechselnd links und rechts</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="62"/>
        <location filename="../ui/wording.py" line="86"/>
        <source>hold {seconds} s</source>
        <translation>{seconds} s halten</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="68"/>
        <source>{seconds} s rest between sets</source>
        <translation>{seconds} s Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="77"/>
        <source>breathe out</source>
        <translation>ausatmen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="79"/>
        <source>breathe in</source>
        <translation>einatmen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="80"/>
        <source>keep breathing</source>
        <translation>weiter atmen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="96"/>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="97"/>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="98"/>
        <source>Mobility</source>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="99"/>
        <source>Cardio</source>
        <translation>Ausdauer</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="100"/>
        <source>Relaxation</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="107"/>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="108"/>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="109"/>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="110"/>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="111"/>
        <source>Towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="112"/>
        <source>Pool</source>
        <translation>Schwimmbad</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="113"/>
        <source>Bicycle</source>
        <translation>Fahrrad</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="121"/>
        <source>end-range flexion</source>
        <translation>volle Vorbeugung</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="122"/>
        <source>rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="123"/>
        <source>loaded extension</source>
        <translation>Streckung gegen Widerstand</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="124"/>
        <source>wrist load</source>
        <translation>Belastung der Handgelenke</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="125"/>
        <source>knee load</source>
        <translation>Belastung der Knie</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="126"/>
        <source>neck flexion</source>
        <translation>Beugung des Nackens</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="127"/>
        <source>standing balance</source>
        <translation>Gleichgewicht im Stehen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="135"/>
        <source>bends the spine fully forward</source>
        <translation>beugt die Wirbelsäule ganz nach vorn</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="138"/>
        <source>twists the spine</source>
        <translation>dreht die Wirbelsäule</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="139"/>
        <source>arches the back against load</source>
        <translation>beugt den Rücken gegen Widerstand nach hinten</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="142"/>
        <source>puts body weight on the hands</source>
        <translation>legt Körpergewicht auf die Hände</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="145"/>
        <source>puts weight on or deeply bends the knees</source>
        <translation>belastet die Knie oder beugt sie stark</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="148"/>
        <source>lifts the head against gravity</source>
        <translation>hebt den Kopf gegen die Schwerkraft an</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="151"/>
        <source>needs balance on one leg</source>
        <translation>verlangt Gleichgewicht auf einem Bein</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="160"/>
        <source>Lying on your back</source>
        <translation>Rückenlage</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="161"/>
        <source>Lying face down</source>
        <translation>Bauchlage</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="162"/>
        <source>Lying on your side</source>
        <translation>Seitlage</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="163"/>
        <source>On hands and knees</source>
        <translation>Vierfüßlerstand</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="164"/>
        <source>Kneeling</source>
        <translation>Kniestand</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="165"/>
        <source>Half-kneeling</source>
        <translation>Halbkniestand</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="166"/>
        <source>Sitting</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="167"/>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
</context>
<context>
    <name>YesNoBox</name>
    <message>
        <location filename="../ui/safety/first_run.py" line="158"/>
        <source>Y</source>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../ui/safety/first_run.py" line="161"/>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
</TS>
