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
        <location filename="../ui/about.py" line="16"/>
        <source>This app supports self-care; it does not replace a doctor or physiotherapist.</source>
        <translation>Diese App unterstützt dich bei der Selbsthilfe; sie ersetzt weder Arzt noch Physiotherapie.</translation>
    </message>
    <message>
        <location filename="../ui/about.py" line="18"/>
        <source>The exercises are written in our own words from five public articles on lower-back exercise; each exercise lists the articles it comes from and the dose each gives. Doses and cautions were checked against clinical guidance (NICE NG59, American College of Physicians 2017, WHO 2023, ACSM).</source>
        <translation>Die Übungen sind in eigenen Worten nach fünf öffentlich zugänglichen Artikeln über Übungen für den unteren Rücken geschrieben; jede Übung nennt die Artikel, aus denen sie stammt, und die Menge, die jeder davon angibt. Mengen und Warnhinweise wurden mit klinischen Leitlinien abgeglichen (NICE NG59, American College of Physicians 2017, WHO 2023, ACSM).</translation>
    </message>
    <message>
        <location filename="../ui/about.py" line="24"/>
        <source>Built with Qt for Python (PySide6). Licence: GPL-3.0-or-later.</source>
        <translation>Erstellt mit Qt for Python (PySide6). Lizenz: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../ui/about.py" line="34"/>
        <source>About backcoach</source>
        <translation>Über backcoach</translation>
    </message>
</context>
<context>
    <name>EducationView</name>
    <message>
        <location filename="../ui/library/education_view.py" line="27"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../ui/library/education_view.py" line="29"/>
        <source>Topic text</source>
        <translation>Text zum Thema</translation>
    </message>
    <message>
        <location filename="../ui/library/education_view.py" line="44"/>
        <source>No topics are installed.</source>
        <translation>Es sind keine Themen installiert.</translation>
    </message>
    <message>
        <location filename="../ui/library/education_view.py" line="57"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="54"/>
        <source>Exercise details</source>
        <translation>Details zur Übung</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="81"/>
        <source>No exercise matches</source>
        <translation>Keine Übung passt</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="82"/>
        <source>Try another word, or set the filters back to “Any”.</source>
        <translation>Versuch es mit einem anderen Wort, oder setz die Filter auf „Alle“ zurück.</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="93"/>
        <source>Also called: {names}</source>
        <translation>Auch genannt: {names}</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="100"/>
        <source>Works: {areas}</source>
        <translation>Trainiert: {areas}</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="103"/>
        <source>How much</source>
        <translation>Wie viel</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="105"/>
        <source>Get into position</source>
        <translation>Ausgangsposition</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="108"/>
        <source>Each repetition</source>
        <translation>Jede Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="112"/>
        <source>Easier and harder</source>
        <translation>Leichter und schwerer</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="119"/>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="122"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="129"/>
        <source>Your own exercise, from {file}</source>
        <translation>Deine eigene Übung, aus {file}</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="184"/>
        <source>This movement {meaning} ({tag}).</source>
        <translation>Diese Bewegung {meaning} ({tag}).</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="192"/>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="202"/>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="204"/>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../ui/player/floor_view.py" line="30"/>
        <source>backcoach: floor view</source>
        <translation>backcoach: Großansicht</translation>
    </message>
    <message>
        <location filename="../ui/player/floor_view.py" line="48"/>
        <source>Space: pause   ←/→: back/skip   M: mute   Esc: leave   ?: all keys</source>
        <translation>Leertaste: Pause   ←/→: zurück/weiter   M: stumm   Esc: verlassen   ?: alle Tasten</translation>
    </message>
    <message>
        <location filename="../ui/player/floor_view.py" line="91"/>
        <source>Voice muted</source>
        <translation>Stimme stumm</translation>
    </message>
    <message>
        <location filename="../ui/player/floor_view.py" line="99"/>
        <source>Next up: {what}</source>
        <translation>Als Nächstes: {what}</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../ui/player/intro.py" line="30"/>
        <source>Put the screen where you can see it from the floor, then lie down. F shows the floor view; Space pauses the countdown; Enter starts at once.</source>
        <translation>Stell den Bildschirm so auf, dass du ihn vom Boden aus siehst, und leg dich dann hin. F zeigt die Großansicht, die Leertaste hält den Countdown an, Enter startet sofort.</translation>
    </message>
    <message>
        <location filename="../ui/player/intro.py" line="62"/>
        <source>About {length} in all</source>
        <translation>Insgesamt etwa {length}</translation>
    </message>
    <message>
        <location filename="../ui/player/intro.py" line="69"/>
        <source>First: {name}</source>
        <translation>Zuerst: {name}</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <location filename="../ui/player/key_help.py" line="28"/>
        <location filename="../ui/player/key_help.py" line="36"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/player/key_help.py" line="37"/>
        <source>Press ? or Esc, or click, to close this list.</source>
        <translation>Drück ? oder Esc oder klick irgendwohin, um diese Liste zu schließen.</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../ui/library/pane.py" line="44"/>
        <source>Search exercises: name, alias or body area</source>
        <translation>Übungen suchen: Name, anderer Name oder Körperbereich</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="46"/>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="68"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="77"/>
        <source>Start &amp;this exercise</source>
        <translation>Diese Übung &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="79"/>
        <source>A guided session of this exercise alone, at its usual dose</source>
        <translation>Ein angeleitetes Training nur mit dieser Übung, in der üblichen Menge</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="100"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="112"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="112"/>
        <source>&amp;Position</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="113"/>
        <source>E&amp;quipment</source>
        <translation>Hilfs&amp;mittel</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="113"/>
        <source>S&amp;ource</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="205"/>
        <source>{shown} of 1 exercise</source>
        <translation>{shown} von 1 Übung</translation>
    </message>
    <message>
        <location filename="../ui/library/pane.py" line="206"/>
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
        <location filename="../ui/player/live.py" line="44"/>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <location filename="../ui/player/live.py" line="50"/>
        <source>Progress through the routine</source>
        <translation>Fortschritt im Programm</translation>
    </message>
    <message>
        <location filename="../ui/player/live.py" line="90"/>
        <source>Next up: {what}</source>
        <translation>Als Nächstes: {what}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="59"/>
        <location filename="../ui/main_window.py" line="92"/>
        <source>&amp;Exercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="60"/>
        <location filename="../ui/main_window.py" line="93"/>
        <source>&amp;Routines</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="61"/>
        <source>&amp;Learn</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="62"/>
        <source>&amp;Session</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="86"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="90"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="94"/>
        <source>&amp;Learn about your back</source>
        <translation>&amp;Wissen rund um den Rücken</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="95"/>
        <source>S&amp;ession</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="101"/>
        <source>&amp;Search exercises</source>
        <translation>Übungen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="105"/>
        <source>&amp;Floor view (F in the player)</source>
        <translation>&amp;Großansicht (Taste F im Training)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="108"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="109"/>
        <source>&amp;Voice and session...</source>
        <translation>&amp;Stimme und Training …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="113"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="115"/>
        <source>Content &amp;problems...</source>
        <translation>&amp;Probleme mit Inhalten …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="117"/>
        <source>&amp;About backcoach</source>
        <translation>Ü&amp;ber backcoach</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="120"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>1 content file had problems and was skipped.</source>
        <translation>1 Inhaltsdatei hatte Probleme und wurde übersprungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="130"/>
        <source>%n content files had problems and were skipped.</source>
        <translation>
            <numerusform>%n Inhaltsdatei hatte Probleme und wurde übersprungen.</numerusform>
            <numerusform>%n Inhaltsdateien hatten Probleme und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="131"/>
        <source>Show problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="163"/>
        <source>Stop it and start “{title}” instead?</source>
        <translation>Es beenden und stattdessen „{title}“ starten?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="274"/>
        <source>Closing the window ends the session.</source>
        <translation>Wenn du das Fenster schließt, endet das Training.</translation>
    </message>
</context>
<context>
    <name>PlayerKeys</name>
    <message>
        <location filename="../ui/player/keys.py" line="39"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="39"/>
        <source>Start without waiting</source>
        <translation>Ohne zu warten starten</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="41"/>
        <location filename="../ui/player/keys.py" line="45"/>
        <location filename="../ui/player/keys.py" line="110"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="41"/>
        <source>Pause or resume</source>
        <translation>Anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="44"/>
        <location filename="../ui/player/keys.py" line="110"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="46"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="46"/>
        <source>Back to the start of this set, or the one before</source>
        <translation>Zurück zum Anfang dieses Satzes oder zum vorherigen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="49"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="49"/>
        <source>Skip to the next set, rest or exercise</source>
        <translation>Weiter zum nächsten Satz, zur nächsten Pause oder Übung</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="52"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="52"/>
        <source>Do this set again</source>
        <translation>Diesen Satz noch einmal machen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="53"/>
        <source>+15 s rest</source>
        <translation>+15 s Pause</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="53"/>
        <source>Rest 15 seconds longer</source>
        <translation>15 Sekunden länger ausruhen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="55"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="55"/>
        <source>End the session here</source>
        <translation>Das Training hier beenden</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="56"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="56"/>
        <source>Mute or unmute the voice</source>
        <translation>Stimme stumm- oder wieder einschalten</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="58"/>
        <source>Floor view</source>
        <translation>Großansicht</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="58"/>
        <source>Big screen to read from the floor</source>
        <translation>Große Anzeige, vom Boden aus lesbar</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="60"/>
        <source>Leave floor view</source>
        <translation>Großansicht verlassen</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="61"/>
        <source>Leave the floor view (or close this help)</source>
        <translation>Großansicht verlassen (oder diese Hilfe schließen)</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="63"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="63"/>
        <source>Show or hide this list of keys</source>
        <translation>Diese Tastenliste zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="95"/>
        <source>Media keys</source>
        <translation>Medientasten</translation>
    </message>
    <message>
        <location filename="../ui/player/keys.py" line="95"/>
        <source>Play/Pause, Next and Previous work too</source>
        <translation>Wiedergabe/Pause, Weiter und Zurück funktionieren auch</translation>
    </message>
</context>
<context>
    <name>PlayerPane</name>
    <message>
        <location filename="../ui/player/pane.py" line="40"/>
        <source>No session yet. Choose a routine under Routines and press Start, or an exercise under Exercises and press “Start this exercise”.</source>
        <translation>Noch kein Training. Wähl unter „Programme“ ein Programm und drück „Dieses Programm starten“, oder wähl unter „Übungen“ eine Übung und drück „Diese Übung starten“.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../ui/problems_dialog.py" line="23"/>
        <source>Content problems</source>
        <translation>Probleme mit Inhalten</translation>
    </message>
    <message>
        <location filename="../ui/problems_dialog.py" line="25"/>
        <source>These files were skipped; everything else loaded. Fix a file and restart backcoach, or check it with “backcoach check FILE”.</source>
        <translation>Diese Dateien wurden übersprungen, alles andere ist geladen. Korrigiere eine Datei und starte backcoach neu, oder prüfe sie mit „backcoach check DATEI“.</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <location filename="../ui/library/routine_list.py" line="45"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="45"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="47"/>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="74"/>
        <source>No routines yet.</source>
        <translation>Noch keine Programme.</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="78"/>
        <source>Routine details</source>
        <translation>Details zum Programm</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="86"/>
        <source>&amp;Start this routine</source>
        <translation>Dieses Programm &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="88"/>
        <source>Start a guided session (Enter or a double click on a routine does the same)</source>
        <translation>Ein angeleitetes Training starten (Enter oder ein Doppelklick auf ein Programm tun dasselbe)</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="127"/>
        <source>Takes about {length}</source>
        <translation>Dauert etwa {length}</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="130"/>
        <source>How often: {frequency}</source>
        <translation>Wie oft: {frequency}</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="132"/>
        <source>{seconds} s rest between exercises</source>
        <translation>{seconds} s Pause zwischen den Übungen</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="135"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="147"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/library/routine_list.py" line="151"/>
        <source>Your own routine, from {file}</source>
        <translation>Dein eigenes Programm, aus {file}</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <location filename="../ui/desktop/screensaver.py" line="38"/>
        <source>The screen may blank during the session: {why}. Turn off screen blanking in your desktop&apos;s settings, or touch a key now and then.</source>
        <translation>Der Bildschirm kann während des Trainings dunkel werden: {why}. Schalte das automatische Abschalten des Bildschirms in den Einstellungen deines Desktops aus, oder drück ab und zu eine Taste.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/screensaver.py" line="73"/>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <location filename="../ui/desktop/screensaver.py" line="120"/>
        <source>the desktop gave an unexpected answer</source>
        <translation>der Desktop hat unerwartet geantwortet</translation>
    </message>
    <message>
        <location filename="../ui/desktop/screensaver.py" line="127"/>
        <location filename="../ui/desktop/screensaver.py" line="164"/>
        <source>The screen stays on during the session.</source>
        <translation>Der Bildschirm bleibt während des Trainings an.</translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message>
        <location filename="../ui/session/control.py" line="133"/>
        <location filename="../ui/session/control.py" line="268"/>
        <source>A guided exercise session</source>
        <translation>Ein angeleitetes Übungstraining</translation>
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
        <location filename="../ui/session/display.py" line="110"/>
        <source>Set {n} of {total}</source>
        <translation>Satz {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="139"/>
        <source>Get into the starting position</source>
        <translation>Geh in die Ausgangsposition</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="141"/>
        <source>Rest and breathe</source>
        <translation>Ruh dich aus und atme durch</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="142"/>
        <source>Rest, then the next exercise</source>
        <translation>Pause, dann die nächste Übung</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="144"/>
        <source>Change to the other side</source>
        <translation>Wechsle auf die andere Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="145"/>
        <source>Session complete</source>
        <translation>Training geschafft</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="151"/>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="157"/>
        <source>Exercise {n} of {total}</source>
        <translation>Übung {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="170"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="172"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="175"/>
        <source>repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="178"/>
        <source>seconds left</source>
        <translation>Sekunden übrig</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="180"/>
        <source>Rep {n} of {total}</source>
        <translation>Wiederholung {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="208"/>
        <source>preparing the voice</source>
        <translation>Stimme wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="211"/>
        <source>seconds to get ready</source>
        <translation>Sekunden bis zum Start</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="218"/>
        <source>Get onto the floor: the session starts by itself</source>
        <translation>Leg dich auf den Boden: Das Training beginnt von selbst</translation>
    </message>
    <message>
        <location filename="../ui/session/display.py" line="223"/>
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
        <location filename="../ui/session/messages.py" line="19"/>
        <source>Stop the session</source>
        <translation>Training beenden</translation>
    </message>
    <message>
        <location filename="../ui/session/messages.py" line="21"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/session/messages.py" line="36"/>
        <source>Cannot start the session</source>
        <translation>Training kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <location filename="../ui/player/settings.py" line="36"/>
        <source>Could not save your settings: {error}</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>SpeechSettingsDialog</name>
    <message>
        <location filename="../ui/speech_settings.py" line="51"/>
        <source>Voice and session</source>
        <translation>Stimme und Training</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="58"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="63"/>
        <source>The language of the window, the exercises and the voice. The window is rebuilt in the new language when you press OK.</source>
        <translation>Die Sprache des Fensters, der Übungen und der Stimme. Wenn du OK drückst, wird das Fenster in der neuen Sprache neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="66"/>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="71"/>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="76"/>
        <source>Mute the voice (the screen still shows every cue)</source>
        <translation>Stimme stumm schalten (der Bildschirm zeigt weiterhin jede Ansage)</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="80"/>
        <source>Full instructions the first time an exercise comes up</source>
        <translation>Volle Anleitung, wenn eine Übung zum ersten Mal drankommt</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="82"/>
        <source>Full instructions every time</source>
        <translation>Jedes Mal die volle Anleitung</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="83"/>
        <source>Brief: names and counts only</source>
        <translation>Kurz: nur Namen und Zählen</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="89"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="91"/>
        <source>&amp;Test voice</source>
        <translation>&amp;Probe hören</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="68"/>
        <location filename="../ui/speech_settings.py" line="154"/>
        <source>The language&apos;s default voice</source>
        <translation>Standardstimme der Sprache</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="103"/>
        <source>Language, voice and speed can be changed between sessions.</source>
        <translation>Sprache, Stimme und Tempo lassen sich nur ändern, wenn gerade kein Training läuft.</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="106"/>
        <source>Looking for voices…</source>
        <translation>Stimmen werden gesucht …</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="111"/>
        <source>No voices to choose from: sessions show captions.</source>
        <translation>Keine Stimmen zur Auswahl: Das Training zeigt die Ansagen als Text.</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="115"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="116"/>
        <source>Voices &amp;in:</source>
        <translation>Stimmen &amp;für:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="117"/>
        <source>&amp;Voice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="118"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="119"/>
        <source>V&amp;olume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="121"/>
        <source>&amp;Instructions:</source>
        <translation>Anl&amp;eitung:</translation>
    </message>
    <message>
        <location filename="../ui/speech_settings.py" line="122"/>
        <source>&amp;Get-ready time:</source>
        <translation>&amp;Vorbereitungszeit:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/speech_settings.py" line="149"/>
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
        <location filename="../ui/player/summary.py" line="31"/>
        <source>Do it &amp;again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="33"/>
        <source>&amp;Choose another routine</source>
        <translation>Anderes Pro&amp;gramm wählen</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="51"/>
        <source>Session complete. Well done!</source>
        <translation>Training geschafft. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="52"/>
        <source>Session stopped</source>
        <translation>Training abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="57"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="57"/>
        <source>Nothing completed.</source>
        <translation>Nichts erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="59"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/player/summary.py" line="60"/>
        <source>Time: {active} (planned {planned})</source>
        <translation>Zeit: {active} (geplant {planned})</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../ui/wording.py" line="33"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="35"/>
        <location filename="../ui/wording.py" line="81"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="50"/>
        <source>1 repetition</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="34"/>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="15"/>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="47"/>
        <source>{n} sets of {reps}</source>
        <translation>{n} Sätze zu je {reps}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="52"/>
        <source>{n} repetitions</source>
        <translation>{n} Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="55"/>
        <source>each side</source>
        <translation>pro Seite</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="57"/>
        <source>alternating sides</source>
        <translation>abwechselnd links und rechts</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="59"/>
        <location filename="../ui/wording.py" line="78"/>
        <source>hold {seconds} s</source>
        <translation>{seconds} s halten</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="62"/>
        <source>{seconds} s rest between sets</source>
        <translation>{seconds} s Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="69"/>
        <source>breathe out</source>
        <translation>ausatmen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="71"/>
        <source>breathe in</source>
        <translation>einatmen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="72"/>
        <source>keep breathing</source>
        <translation>weiter atmen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="88"/>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="89"/>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="90"/>
        <source>Mobility</source>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="91"/>
        <source>Cardio</source>
        <translation>Ausdauer</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="92"/>
        <source>Relaxation</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="99"/>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="100"/>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="101"/>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="102"/>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="103"/>
        <source>Towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="104"/>
        <source>Pool</source>
        <translation>Schwimmbad</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="105"/>
        <source>Bicycle</source>
        <translation>Fahrrad</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="113"/>
        <source>end-range flexion</source>
        <translation>volle Vorbeugung</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="114"/>
        <source>rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="115"/>
        <source>loaded extension</source>
        <translation>Streckung gegen Widerstand</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="116"/>
        <source>wrist load</source>
        <translation>Belastung der Handgelenke</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="117"/>
        <source>knee load</source>
        <translation>Belastung der Knie</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="118"/>
        <source>neck flexion</source>
        <translation>Beugung des Nackens</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="119"/>
        <source>standing balance</source>
        <translation>Gleichgewicht im Stehen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="127"/>
        <source>bends the spine fully forward</source>
        <translation>beugt die Wirbelsäule ganz nach vorn</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="129"/>
        <source>twists the spine</source>
        <translation>dreht die Wirbelsäule</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="130"/>
        <source>arches the back against load</source>
        <translation>beugt den Rücken gegen Widerstand nach hinten</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="132"/>
        <source>puts body weight on the hands</source>
        <translation>legt Körpergewicht auf die Hände</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="134"/>
        <source>puts weight on or deeply bends the knees</source>
        <translation>belastet die Knie oder beugt sie stark</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="136"/>
        <source>lifts the head against gravity</source>
        <translation>hebt den Kopf gegen die Schwerkraft an</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="138"/>
        <source>needs balance on one leg</source>
        <translation>verlangt Gleichgewicht auf einem Bein</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="146"/>
        <source>Lying on your back</source>
        <translation>Rückenlage</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="147"/>
        <source>Lying face down</source>
        <translation>Bauchlage</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="148"/>
        <source>Lying on your side</source>
        <translation>Seitlage</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="149"/>
        <source>On hands and knees</source>
        <translation>Vierfüßlerstand</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="150"/>
        <source>Kneeling</source>
        <translation>Kniestand</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="151"/>
        <source>Half-kneeling</source>
        <translation>Halbkniestand</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="152"/>
        <source>Sitting</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="153"/>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
</context>
</TS>
