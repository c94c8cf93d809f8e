<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>give add, list or remove</source>
        <translation>add, list oder remove angeben</translation>
    </message>
    <message>
        <source>give the type and the address: account add ttrss|greader URL --user NAME --password-file FILE</source>
        <translation>Typ und Adresse angeben: account add ttrss|greader URL --user NAME --password-file DATEI</translation>
    </message>
    <message>
        <source>unknown account type %1 (give %2)</source>
        <translation>unbekannter Kontotyp %1 (%2 angeben)</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>give --user NAME and --password-file FILE</source>
        <translation>--user NAME und --password-file DATEI angeben</translation>
    </message>
    <message>
        <source>an account is tested live before it is saved; not with --offline</source>
        <translation>ein Konto wird vor dem Speichern live geprüft; nicht mit --offline</translation>
    </message>
    <message>
        <source>the password was not saved: %1. Give it to each sync with --password-file FILE.</source>
        <translation>das Passwort wurde nicht gespeichert: %1. Geben Sie es bei jeder Synchronisierung mit --password-file DATEI an.</translation>
    </message>
    <message>
        <source>no desktop keyring is in use: the password was kept for this run only. Give it to each sync with --password-file FILE.</source>
        <translation>es wird kein Desktop-Schlüsselbund verwendet: Das Passwort wurde nur für diesen Lauf behalten. Geben Sie es bei jeder Synchronisierung mit --password-file DATEI an.</translation>
    </message>
    <message>
        <source>Added account #%1 (%2 %3 as %4); run `masthead sync` to bring its articles</source>
        <translation>Konto #%1 hinzugefügt (%2 %3 als %4); führen Sie `masthead sync` aus, um seine Artikel zu holen</translation>
    </message>
    <message>
        <source>#%1 %2 %3 as %4: last sync %5, %6</source>
        <translation>#%1 %2 %3 als %4: letzte Synchronisierung %5, %6</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No accounts; add one with `masthead account add ttrss|greader URL --user NAME --password-file FILE`.</source>
        <translation>Keine Konten; fügen Sie eines mit `masthead account add ttrss|greader URL --user NAME --password-file DATEI` hinzu.</translation>
    </message>
    <message>
        <source>give one account id</source>
        <translation>eine Konto-ID angeben</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>kein Konto mit der ID %1</translation>
    </message>
    <message>
        <source>Removed account #%1; its articles stay on the server</source>
        <translation>Konto #%1 entfernt; seine Artikel bleiben auf dem Server</translation>
    </message>
    <message>
        <source>%1; give the password with --password-file FILE</source>
        <translation>%1; geben Sie das Passwort mit --password-file DATEI an</translation>
    </message>
    <message>
        <source>no password is saved for this account; give it with --password-file FILE</source>
        <translation>für dieses Konto ist kein Passwort gespeichert; geben Sie es mit --password-file DATEI an</translation>
    </message>
    <message>
        <source>%1 is not an account id</source>
        <translation>%1 ist keine Konto-ID</translation>
    </message>
    <message>
        <source>#%1: %2 articles, %3 changes sent</source>
        <translation>#%1: %2 Artikel, %3 Änderungen gesendet</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <source>no such account</source>
        <translation>kein solches Konto</translation>
    </message>
    <message>
        <source>%1 images stored, %2 failed</source>
        <translation>%1 Bilder gespeichert, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 accounts: %2 articles fetched, %3 changes sent, %4 failed</source>
        <translation>%1 Konten: %2 Artikel abgerufen, %3 Änderungen gesendet, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>no server could be reached</source>
        <translation>kein Server war erreichbar</translation>
    </message>
    <message>
        <source>give one of --read, --unread, --star, --unstar</source>
        <translation>eine der Optionen --read, --unread, --star, --unstar angeben</translation>
    </message>
    <message>
        <source>give article ids</source>
        <translation>Artikel-IDs angeben</translation>
    </message>
    <message>
        <source>%1 is not an article id</source>
        <translation>%1 ist keine Artikel-ID</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>kein Artikel mit der ID %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) marked</source>
        <translation>
            <numerusform>%Ln Artikel markiert</numerusform>
            <numerusform>%Ln Artikel markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>this is an account&apos;s; its server cannot be reached with --offline</source>
        <translation>dies gehört zu einem Konto; dessen Server ist mit --offline nicht erreichbar</translation>
    </message>
    <message>
        <source>done on the server, but the sync after it failed: %1</source>
        <translation>auf dem Server erledigt, aber die anschließende Synchronisierung schlug fehl: %1</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address: the server fetches it</source>
        <translation>%1 ist keine http(s)-Adresse: Der Server ruft sie ab</translation>
    </message>
    <message>
        <source>Subscribed to %1 on the account&apos;s server</source>
        <translation>%1 auf dem Server des Kontos abonniert</translation>
    </message>
    <message>
        <source>Unsubscribed on the account&apos;s server</source>
        <translation>Auf dem Server des Kontos abbestellt</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>S&amp;ync Accounts</source>
        <translation>Konten s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Sync every server account now: send the changes made here, fetch what is new</source>
        <translation>Alle Serverkonten jetzt synchronisieren: hier gemachte Änderungen senden, Neues abrufen</translation>
    </message>
    <message>
        <source>Offline: sync is paused</source>
        <translation>Offline: Synchronisierung pausiert</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Syncing accounts…</source>
        <translation>Konten werden synchronisiert …</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n new or changed article(s)</source>
        <translation>
            <numerusform>%Ln neuer oder geänderter Artikel synchronisiert</numerusform>
            <numerusform>%Ln neue oder geänderte Artikel synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Remove Accou&amp;nt…</source>
        <translation>Ko&amp;nto entfernen …</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove this account from Masthead? Its folders and articles go from here; the server keeps them, and changes not sent yet are lost.</source>
        <translation>Dieses Konto aus Masthead entfernen? Seine Ordner und Artikel verschwinden hier; der Server behält sie, und noch nicht gesendete Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Das Konto wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Account removed; its articles stay on the server</source>
        <translation>Konto entfernt; seine Artikel bleiben auf dem Server</translation>
    </message>
    <message>
        <source>Account P&amp;roperties…</source>
        <translation>Konto&amp;eigenschaften …</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <source>Google Reader API</source>
        <translation>Google-Reader-API</translation>
    </message>
    <message>
        <source>Account Properties</source>
        <translation>Kontoeigenschaften</translation>
    </message>
    <message>
        <source>%1 at %2
User: %3
%4</source>
        <translation>%1 unter %2
Benutzer: %3
%4</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Server type:</source>
        <translation>&amp;Servertyp:</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Servertyp</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://rss.example.com/tt-rss/</source>
        <translation>https://rss.example.com/tt-rss/</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <source>Google Reader API (FreshRSS, Miniflux, Inoreader)</source>
        <translation>Google-Reader-API (FreshRSS, Miniflux, Inoreader)</translation>
    </message>
    <message>
        <source>Give the server&apos;s address and your user name.</source>
        <translation>Geben Sie die Adresse des Servers und Ihren Benutzernamen an.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1 …</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Add &amp;Account…</source>
        <translation>&amp;Konto hinzufügen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Sync with a Tiny Tiny RSS or Google Reader API server</source>
        <translation>Mit einem Tiny-Tiny-RSS- oder Google-Reader-API-Server synchronisieren</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Konto hinzugefügt</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>this account is already there (#%1)</source>
        <translation>dieses Konto gibt es bereits (#%1)</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>kein Konto mit der ID %1</translation>
    </message>
    <message>
        <source>this category is not on the account&apos;s server; create it there and sync first</source>
        <translation>diese Kategorie gibt es auf dem Server des Kontos nicht; legen Sie sie dort an und synchronisieren Sie zuerst</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>unknown account type %1</source>
        <translation>unbekannter Kontotyp %1</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>%1: the password is kept for this session only and asked for again after a restart.</source>
        <translation>%1: Das Passwort wird nur für diese Sitzung behalten und nach einem Neustart erneut abgefragt.</translation>
    </message>
    <message>
        <source>no password is kept for this account; add it again</source>
        <translation>für dieses Konto ist kein Passwort hinterlegt; fügen Sie es erneut hinzu</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>kein Konto mit der ID %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade eben synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Vor %Ln Minute synchronisiert</numerusform>
            <numerusform>Vor %Ln Minuten synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Vor %Ln Stunde synchronisiert</numerusform>
            <numerusform>Vor %Ln Stunden synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Vor %Ln Tag synchronisiert</numerusform>
            <numerusform>Vor %Ln Tagen synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <source>Last sync failed: %1 (%2)</source>
        <translation>Letzte Synchronisierung fehlgeschlagen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>settings.ini: %1 = “%2” is not allowed; using %3 instead.</source>
        <translation>settings.ini: %1 = „%2“ ist nicht erlaubt; stattdessen wird %3 verwendet.</translation>
    </message>
    <message>
        <source>the default font</source>
        <translation>die Standardschrift</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>settings.ini: a manual proxy needs %1; using the system&apos;s proxy settings instead.</source>
        <translation>settings.ini: Ein manueller Proxy braucht %1; stattdessen werden die Proxy-Einstellungen des Systems verwendet.</translation>
    </message>
</context>
<context>
    <name>ArticleHeaderRows</name>
    <message>
        <source>%1 (unsubscribed)</source>
        <translation>%1 (abbestellt)</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n</source>
        <comment>a source, and how many others cover the same story</comment>
        <translation>
            <numerusform>%1 +%Ln</numerusform>
            <numerusform>%1 +%Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Markiert</translation>
    </message>
    <message numerus="yes">
        <source>Also covered by %n other source(s)</source>
        <translation>
            <numerusform>Auch von %Ln weiteren Quelle berichtet</numerusform>
            <numerusform>Auch von %Ln weiteren Quellen berichtet</numerusform>
        </translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n other source(s)</source>
        <translation>
            <numerusform>%1 und %Ln weitere Quelle</numerusform>
            <numerusform>%1 und %Ln weitere Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Read, starred</source>
        <translation>Gelesen, markiert</translation>
    </message>
    <message>
        <source>Unread, starred</source>
        <translation>Ungelesen, markiert</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
</context>
<context>
    <name>ArticleNavigator</name>
    <message>
        <source>No more unread articles here</source>
        <translation>Hier gibt es keine ungelesenen Artikel mehr</translation>
    </message>
</context>
<context>
    <name>ArticlePageRenderer</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>Navigationspfad</translation>
    </message>
    <message>
        <source>Also covered by %1</source>
        <translation>Auch berichtet von %1</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Mehr zum Thema</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <source>This story was first published on %1.</source>
        <translation>Dieser Artikel erschien zuerst auf %1.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Artikel: %1</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>no article with id %1</source>
        <translation>kein Artikel mit der ID %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>ArticleRepository</name>
    <message>
        <source>feed %1 is not in the library</source>
        <translation>Feed %1 ist nicht in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>CategoryTreeBuilder</name>
    <message>
        <source>Unfiled</source>
        <translation>Ohne Kategorie</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>%1 — last refresh failed: %2</source>
        <translation>%1 – letzte Aktualisierung fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %Ln ungelesen</numerusform>
            <numerusform>%1: %Ln ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%Ln ungelesen</numerusform>
            <numerusform>%Ln ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread, last refresh failed: %1</source>
        <translation>
            <numerusform>%Ln ungelesen, letzte Aktualisierung fehlgeschlagen: %1</numerusform>
            <numerusform>%Ln ungelesen, letzte Aktualisierung fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Markiert</translation>
    </message>
    <message numerus="yes">
        <source>Every article of every feed: %n unread</source>
        <translation>
            <numerusform>Alle Artikel aller Feeds: %Ln ungelesen</numerusform>
            <numerusform>Alle Artikel aller Feeds: %Ln ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The articles you starred, also of feeds you deleted: %n</source>
        <translation>
            <numerusform>Die von Ihnen markierten Artikel, auch aus gelöschten Feeds: %Ln</numerusform>
            <numerusform>Die von Ihnen markierten Artikel, auch aus gelöschten Feeds: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every unread article: %n</source>
        <translation>
            <numerusform>Alle ungelesenen Artikel: %Ln</numerusform>
            <numerusform>Alle ungelesenen Artikel: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%Ln markiert</numerusform>
            <numerusform>%Ln markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Top Stories</source>
        <translation>Top-Meldungen</translation>
    </message>
    <message>
        <source>The stories of the last 24 hours that several of your sources cover, one row each</source>
        <translation>Die Meldungen der letzten 24 Stunden, über die mehrere Ihrer Quellen berichten, je eine Zeile</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Masthead, a desktop news reader. Without a command it starts the app.
Commands: %1</source>
        <translation>Masthead, ein Nachrichtenleser für den Desktop. Ohne Befehl startet die App.
Befehle: %1</translation>
    </message>
    <message>
        <source>Use &lt;dir&gt; for the library, cache and settings.</source>
        <translation>&lt;dir&gt; für Bibliothek, Cache und Einstellungen verwenden.</translation>
    </message>
    <message>
        <source>Never open a network connection.</source>
        <translation>Nie eine Netzwerkverbindung öffnen.</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>Maschinenlesbare Ausgabe auf stdout.</translation>
    </message>
    <message>
        <source>Say less on stderr.</source>
        <translation>Weniger auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Say more on stderr.</source>
        <translation>Mehr auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Load the built-in sample library first.</source>
        <translation>Zuerst die eingebaute Beispielbibliothek laden.</translation>
    </message>
    <message>
        <source>If the library is damaged, move it aside as library.sqlite.corrupt-&lt;date&gt; (nothing is deleted) and start a fresh one.</source>
        <translation>Ist die Bibliothek beschädigt, sie als library.sqlite.corrupt-&lt;date&gt; beiseitelegen (nichts wird gelöscht) und eine neue beginnen.</translation>
    </message>
    <message>
        <source>The app: refresh every subscribed source (a window already open for the library does it).</source>
        <translation>Die App: alle abonnierten Quellen aktualisieren (ein bereits geöffnetes Fenster für die Bibliothek übernimmt das).</translation>
    </message>
    <message>
        <source>Option of: %1.</source>
        <translation>Option von: %1.</translation>
    </message>
    <message>
        <source>A command (see above), or none for the app. The app takes feed addresses to subscribe to and OPML or feed files to import.</source>
        <translation>Ein Befehl (siehe oben) oder keiner für die App. Die App nimmt Feed-Adressen zum Abonnieren und OPML- oder Feed-Dateien zum Importieren entgegen.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>--refresh-all does not go with %1</source>
        <translation>--refresh-all passt nicht zu %1</translation>
    </message>
    <message>
        <source>--%1 does not go with %2</source>
        <translation>--%1 passt nicht zu %2</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>die App</translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Article counts</source>
        <translation>Artikelanzahl</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), %1 unread</source>
        <translation>
            <numerusform>%Ln Artikel, %1 ungelesen</numerusform>
            <numerusform>%Ln Artikel, %1 ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Masthead library (not a SQLite database); it was left untouched</source>
        <translation>%1 ist keine Masthead-Bibliothek (keine SQLite-Datenbank); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2); it was left untouched</source>
        <translation>die Bibliothek %1 ist beschädigt (%2); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>no library at %1</source>
        <translation>keine Bibliothek unter %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2; it was left untouched</source>
        <translation>%1 kann nicht gelesen werden: %2; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Masthead library; it was left untouched</source>
        <translation>%1 ist die Datenbank eines anderen Programms, keine Masthead-Bibliothek; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Masthead (schema %2; this version knows up to %3); it was left untouched</source>
        <translation>%1 wurde von einer neueren Masthead-Version angelegt (Schema %2; diese Version kennt bis %3); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>cannot open %1: this SQLite has no full-text search (FTS5)</source>
        <translation>%1 kann nicht geöffnet werden: Dieses SQLite hat keine Volltextsuche (FTS5)</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
</context>
<context>
    <name>DemoImporter</name>
    <message>
        <source>the sample library is missing from this build</source>
        <translation>die Beispielbibliothek fehlt in diesem Build</translation>
    </message>
    <message>
        <source>the sample library is not valid JSON: %1</source>
        <translation>die Beispielbibliothek ist kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>give one URL or file</source>
        <translation>eine URL oder Datei angeben</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>nicht abgerufen</translation>
    </message>
    <message>
        <source>, newest %1</source>
        <translation>, neuester %1</translation>
    </message>
    <message>
        <source>  feed &lt;%1&gt; %2 (%3%4)</source>
        <translation>  Feed &lt;%1&gt; %2 (%3%4)</translation>
    </message>
    <message numerus="yes">
        <source>(%n post(s))</source>
        <translation>
            <numerusform>(%n Beitrag)</numerusform>
            <numerusform>(%n Beiträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>  outline:</source>
        <translation>  Gliederung:</translation>
    </message>
    <message>
        <source>  categories:</source>
        <translation>  Kategorien:</translation>
    </message>
</context>
<context>
    <name>Discovered</name>
    <message>
        <source>The entry &quot;%1&quot; has no usable feed address (%2).</source>
        <translation>Der Eintrag „%1“ hat keine brauchbare Feed-Adresse (%2).</translation>
    </message>
</context>
<context>
    <name>DiscoveryJob</name>
    <message>
        <source>Masthead is offline; %1 was not fetched.</source>
        <translation>Masthead ist offline; %1 wurde nicht abgerufen.</translation>
    </message>
    <message>
        <source>%1 is neither an http or https address nor a file that exists.</source>
        <translation>%1 ist weder eine http- oder https-Adresse noch eine vorhandene Datei.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen …</translation>
    </message>
    <message>
        <source>The page advertises %1 feeds; the first %2 were read.</source>
        <translation>Die Seite bietet %1 Feeds an; die ersten %2 wurden gelesen.</translation>
    </message>
    <message>
        <source>Reading the feeds %1 advertises…</source>
        <translation>Die von %1 angebotenen Feeds werden gelesen …</translation>
    </message>
    <message>
        <source>The advertised feed %1 could not be read: %2</source>
        <translation>Der angebotene Feed %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is advertised as a feed but is not one.</source>
        <translation>%1 wird als Feed angeboten, ist aber keiner.</translation>
    </message>
    <message>
        <source>Reading the site&apos;s categories (page %1 of %2)…</source>
        <translation>Die Kategorien der Website werden gelesen (Seite %1 von %2) …</translation>
    </message>
    <message>
        <source>The site&apos;s category list could not be read (%1); its advertised feeds are offered instead.</source>
        <translation>Die Kategorienliste der Website konnte nicht gelesen werden (%1); stattdessen werden ihre angebotenen Feeds vorgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the site&apos;s categories…</source>
        <translation>Die Kategorien der Website werden gelesen …</translation>
    </message>
    <message>
        <source>%1 is neither a feed nor a page that links to one.</source>
        <translation>%1 ist weder ein Feed noch eine Seite, die auf einen verweist.</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>%1 wird versucht …</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>give one file, or - for standard input</source>
        <translation>eine Datei angeben oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;</source>
        <translation>--header erwartet „Name: Wert“</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>(untitled feed)</source>
        <translation>(Feed ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>recovered: %1</source>
        <translation>wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>FeedCommands</name>
    <message>
        <source>give one URL</source>
        <translation>eine URL angeben</translation>
    </message>
    <message>
        <source>#%1 %2 &lt;%3&gt; in %4</source>
        <translation>#%1 %2 &lt;%3&gt; in %4</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <source>give one feed id</source>
        <translation>eine Feed-ID angeben</translation>
    </message>
    <message>
        <source>no feed with id %1</source>
        <translation>kein Feed mit der ID %1</translation>
    </message>
    <message>
        <source>Unsubscribed from %1; starred articles were kept</source>
        <translation>%1 abbestellt; markierte Artikel wurden behalten</translation>
    </message>
    <message>
        <source>%1 is not a feed id</source>
        <translation>%1 ist keine Feed-ID</translation>
    </message>
    <message>
        <source>%1/%2 feeds, %3 bytes</source>
        <translation>%1/%2 Feeds, %3 Bytes</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2; the feed&apos;s text is kept</source>
        <translation>%1: %2; der Text des Feeds bleibt erhalten</translation>
    </message>
    <message>
        <source>%1 feeds: %2 fetched, %3 unchanged, %4 failed; %5 new and %6 updated articles</source>
        <translation>%1 Feeds: %2 abgerufen, %3 unverändert, %4 fehlgeschlagen; %5 neue und %6 aktualisierte Artikel</translation>
    </message>
    <message>
        <source>no source could be reached</source>
        <translation>keine Quelle war erreichbar</translation>
    </message>
    <message>
        <source>give one OPML file</source>
        <translation>eine OPML-Datei angeben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported %1 feeds in %2 categories</source>
        <translation>%1 Feeds in %2 Kategorien importiert</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FeedController</name>
    <message>
        <source>Refresh progress</source>
        <translation>Fortschritt der Aktualisierung</translation>
    </message>
    <message>
        <source>%1 of %2 feeds</source>
        <translation>%1 von %2 Feeds</translation>
    </message>
    <message>
        <source>Add Feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %n feed(s)</source>
        <translation>
            <numerusform>%Ln Feed abonniert</numerusform>
            <numerusform>%Ln Feeds abonniert</numerusform>
        </translation>
    </message>
    <message>
        <source>The network is down: working offline</source>
        <translation>Das Netzwerk ist nicht erreichbar: offline</translation>
    </message>
    <message>
        <source>The network is back</source>
        <translation>Das Netzwerk ist wieder da</translation>
    </message>
    <message>
        <source>Offline: everything stored stays readable; nothing is fetched</source>
        <translation>Offline: Alles Gespeicherte bleibt lesbar; nichts wird abgerufen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline: refresh is paused</source>
        <translation>Offline: Aktualisierung pausiert</translation>
    </message>
    <message>
        <source>Nothing to refresh now: the sources asked to wait</source>
        <translation>Jetzt gibt es nichts zu aktualisieren: Die Quellen baten zu warten</translation>
    </message>
    <message>
        <source>Queued: starts when the running refresh ends</source>
        <translation>In der Warteschlange: beginnt, wenn die laufende Aktualisierung endet</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%Ln neuer Artikel</numerusform>
            <numerusform>%Ln neue Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed; see the tree for why</source>
        <translation>
            <numerusform>%Ln Feed fehlgeschlagen; die Gründe stehen im Baum</numerusform>
            <numerusform>%Ln Feeds fehlgeschlagen; die Gründe stehen im Baum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article page(s) could not be read; their feed text is kept</source>
        <translation>
            <numerusform>%Ln Artikelseite konnte nicht gelesen werden; der Text aus dem Feed bleibt erhalten</numerusform>
            <numerusform>%Ln Artikelseiten konnten nicht gelesen werden; der Text aus dem Feed bleibt erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Dateien (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML exportieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML-Dateien (*.opml)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Saving for offline reading</source>
        <translation>Wird für das Offline-Lesen gespeichert</translation>
    </message>
    <message>
        <source>Saving article pages and images for offline reading</source>
        <translation>Artikelseiten und Bilder werden für das Offline-Lesen gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) · saving pages and images for offline reading</source>
        <translation>
            <numerusform>%Ln neuer Artikel · Seiten und Bilder werden für das Offline-Lesen gespeichert</numerusform>
            <numerusform>%Ln neue Artikel · Seiten und Bilder werden für das Offline-Lesen gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>Feed-Eigenschaften</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Feed-Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Automatic: when the feed carries only a summary</source>
        <translation>Automatisch: wenn der Feed nur eine Zusammenfassung enthält</translation>
    </message>
    <message>
        <source>Always fetch the article&apos;s page</source>
        <translation>Immer die Seite des Artikels abrufen</translation>
    </message>
    <message>
        <source>Never: keep the feed&apos;s text</source>
        <translation>Nie: den Text des Feeds behalten</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Volltext</translation>
    </message>
    <message>
        <source>&amp;Full text:</source>
        <translation>&amp;Volltext:</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Refreshed:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Last fetch</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>Last fetch:</source>
        <translation>Letzter Abruf:</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>At most every %n minute(s), as the feed asks</source>
        <translation>
            <numerusform>Nicht öfter als jede Minute, wie vom Feed gewünscht</numerusform>
            <numerusform>Nicht öfter als alle %Ln Minuten, wie vom Feed gewünscht</numerusform>
        </translation>
    </message>
    <message>
        <source>As in Settings</source>
        <translation>Wie in den Einstellungen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Aktualisieren alle</translation>
    </message>
    <message>
        <source>Automatic follows Settings and what the feed asks for (its ttl, update period or cache hints); minutes refresh this feed that often</source>
        <translation>„Automatisch“ folgt den Einstellungen und dem, was der Feed verlangt (ttl, Aktualisierungszeitraum oder Cache-Hinweise); mit Minuten wird dieser Feed so oft aktualisiert</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>Aktualisieren &amp;alle:</translation>
    </message>
</context>
<context>
    <name>FetchJob</name>
    <message numerus="yes">
        <source>The download from %1 took longer than %n second(s).</source>
        <translation>
            <numerusform>Der Download von %1 dauerte länger als %n Sekunde.</numerusform>
            <numerusform>Der Download von %1 dauerte länger als %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 (%2) is larger than the limit of %3.</source>
        <translation>Die Datei %1 (%2) ist größer als die Grenze von %3.</translation>
    </message>
    <message>
        <source>%1 announced %2, more than the limit of %3.</source>
        <translation>%1 kündigte %2 an, mehr als die Grenze von %3.</translation>
    </message>
    <message>
        <source>The download from %1 is larger than the limit of %2.</source>
        <translation>Der Download von %1 ist größer als die Grenze von %2.</translation>
    </message>
    <message>
        <source>%1 redirected to an address Masthead does not follow: %2</source>
        <translation>%1 leitete auf eine Adresse um, der Masthead nicht folgt: %2</translation>
    </message>
    <message>
        <source>%1 redirects in a loop (back to %2).</source>
        <translation>%1 leitet im Kreis um (zurück zu %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 redirected more than %n time(s).</source>
        <translation>
            <numerusform>%1 leitete mehr als %n Mal um.</numerusform>
            <numerusform>%1 leitete mehr als %n Mal um.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 says this address is gone for good (HTTP 410).</source>
        <translation>%1 meldet, dass diese Adresse endgültig entfernt wurde (HTTP 410).</translation>
    </message>
    <message>
        <source>%1 has nothing at this address (HTTP 404 Not Found).</source>
        <translation>%1 hat unter dieser Adresse nichts (HTTP 404 Not Found).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy and asks to retry in %n second(s) (HTTP %2).</source>
        <translation>
            <numerusform>%1 ist ausgelastet und bittet, es in %n Sekunde erneut zu versuchen (HTTP %2).</numerusform>
            <numerusform>%1 ist ausgelastet und bittet, es in %n Sekunden erneut zu versuchen (HTTP %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is busy (HTTP %2).</source>
        <translation>%1 ist ausgelastet (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 antwortete mit HTTP %2 %3.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not make a secure connection to %1: %2</source>
        <translation>Keine sichere Verbindung zu %1 möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s).</source>
        <translation>
            <numerusform>%1 hat %n Sekunde lang nichts gesendet.</numerusform>
            <numerusform>%1 hat %n Sekunden lang nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find the server %1 (DNS lookup failed).</source>
        <translation>Der Server %1 wurde nicht gefunden (DNS-Abfrage fehlgeschlagen).</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Masthead cannot fetch %1 addresses.</source>
        <translation>Masthead kann keine %1-Adressen abrufen.</translation>
    </message>
    <message>
        <source>Could not fetch from %1: %2</source>
        <translation>Abruf von %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 asked Masthead to wait; retry in %n second(s).</source>
        <translation>
            <numerusform>%1 bat Masthead zu warten; erneuter Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 bat Masthead zu warten; erneuter Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Masthead stopped waiting for %1: the time for this download ran out.</source>
        <translation>Masthead hat aufgehört, auf %1 zu warten: Die Zeit für diesen Download ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Masthead cannot fetch this address: %1</source>
        <translation>Masthead kann diese Adresse nicht abrufen: %1</translation>
    </message>
    <message>
        <source>Masthead is offline.</source>
        <translation>Masthead ist offline.</translation>
    </message>
    <message>
        <source>Masthead went offline.</source>
        <translation>Masthead ist offline gegangen.</translation>
    </message>
    <message>
        <source>The time for this download ran out before it could start.</source>
        <translation>Die Zeit für diesen Download ist abgelaufen, bevor er beginnen konnte.</translation>
    </message>
    <message>
        <source>%1 could not be reached a moment ago; skipped for now.</source>
        <translation>%1 war eben nicht erreichbar; vorerst übersprungen.</translation>
    </message>
</context>
<context>
    <name>GReaderClient</name>
    <message>
        <source>%1 answered with a web page instead of a login token; check the address (and that the API is switched on)</source>
        <translation>%1 antwortete mit einer Webseite statt mit einem Anmeldetoken; prüfen Sie die Adresse (und ob die API eingeschaltet ist)</translation>
    </message>
    <message>
        <source>the server&apos;s login answer had no Auth token</source>
        <translation>die Anmeldeantwort des Servers enthielt kein Auth-Token</translation>
    </message>
    <message>
        <source>the server gave no edit token</source>
        <translation>der Server lieferte kein Bearbeitungstoken</translation>
    </message>
    <message>
        <source>the server&apos;s list of subscriptions is not a list</source>
        <translation>die Abonnementliste des Servers ist keine Liste</translation>
    </message>
    <message>
        <source>an item has an id in neither form: %1</source>
        <translation>ein Eintrag hat eine ID in keiner der beiden Formen: %1</translation>
    </message>
    <message>
        <source>the server did not take the change (it answered %1)</source>
        <translation>der Server hat die Änderung nicht angenommen (Antwort: %1)</translation>
    </message>
    <message>
        <source>the server did not subscribe to %1 (it answered %2)</source>
        <translation>der Server hat %1 nicht abonniert (Antwort: %2)</translation>
    </message>
    <message>
        <source>the server did not unsubscribe (it answered %1)</source>
        <translation>der Server hat das Abonnement nicht beendet (Antwort: %1)</translation>
    </message>
</context>
<context>
    <name>IsolatedPageText</name>
    <message>
        <source>Masthead is closing</source>
        <translation>Masthead wird beendet</translation>
    </message>
    <message>
        <source>the article extractor stopped on this page</source>
        <translation>der Artikel-Extraktor ist bei dieser Seite abgebrochen</translation>
    </message>
    <message>
        <source>the article extractor could not be started</source>
        <translation>der Artikel-Extraktor konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the article extractor answered with garbage</source>
        <translation>der Artikel-Extraktor antwortete mit Unsinn</translation>
    </message>
    <message>
        <source>reading the page took longer than %1 s</source>
        <translation>das Lesen der Seite dauerte länger als %1 s</translation>
    </message>
</context>
<context>
    <name>KeychainCredentials</name>
    <message>
        <source>the desktop keyring did not answer</source>
        <translation>der Desktop-Schlüsselbund antwortete nicht</translation>
    </message>
    <message>
        <source>no desktop keyring is available (%1)</source>
        <translation>kein Desktop-Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>this build of Masthead has no keyring support (QtKeychain)</source>
        <translation>dieser Build von Masthead unterstützt keinen Schlüsselbund (QtKeychain)</translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1: not a feed address or file (http, https, feed and file addresses are)</source>
        <translation>%1: keine Feed-Adresse oder Datei (http-, https-, feed- und file-Adressen sind es)</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>Library:     %1</source>
        <translation>Bibliothek:  %1</translation>
    </message>
    <message>
        <source>Feeds:       %1</source>
        <translation>Feeds:       %1</translation>
    </message>
    <message>
        <source>Categories:  %1</source>
        <translation>Kategorien:  %1</translation>
    </message>
    <message>
        <source>Articles:    %1 (%2 unread, %3 starred)</source>
        <translation>Artikel:     %1 (%2 ungelesen, %3 markiert)</translation>
    </message>
    <message>
        <source>Database:    %1</source>
        <translation>Datenbank:   %1</translation>
    </message>
    <message>
        <source>Image cache: %1 in %2 images</source>
        <translation>Bildercache: %1 in %2 Bildern</translation>
    </message>
    <message>
        <source>give one category path, e.g. &quot;News/World&quot;</source>
        <translation>einen Kategoriepfad angeben, z. B. „Nachrichten/Welt“</translation>
    </message>
    <message>
        <source>no category %1</source>
        <translation>keine Kategorie %1</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>%1 abonniert</translation>
    </message>
    <message>
        <source>Unsubscribed from %1</source>
        <translation>%1 abbestellt</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation>--limit erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>give one article id</source>
        <translation>eine Artikel-ID angeben</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>kein Artikel mit der ID %1</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>Veröffentlicht am %1</translation>
    </message>
    <message>
        <source>give words to search for</source>
        <translation>Suchbegriffe angeben</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>Keine Artikel gefunden.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>give article ids, --link URLs, or -</source>
        <translation>Artikel-IDs, --link-URLs oder - angeben</translation>
    </message>
    <message>
        <source>%1 is not an article id</source>
        <translation>%1 ist keine Artikel-ID</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1: nicht gefunden</translation>
    </message>
    <message>
        <source>none of the articles was found</source>
        <translation>keiner der Artikel wurde gefunden</translation>
    </message>
    <message>
        <source>Removed %1 articles and %2 cache files; the library went from %3 to %4</source>
        <translation>%1 Artikel und %2 Cache-Dateien entfernt; die Bibliothek schrumpfte von %3 auf %4</translation>
    </message>
    <message numerus="yes">
        <source>indexing %n article(s) first</source>
        <translation>
            <numerusform>zuerst wird %n Artikel indiziert</numerusform>
            <numerusform>zuerst werden %n Artikel indiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>only articles indexed so far are used: %1</source>
        <translation>nur bisher indizierte Artikel werden verwendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) still waiting to be indexed are not in these results (--wait-for-index waits for them)</source>
        <translation>
            <numerusform>%n Artikel, der noch auf die Indizierung wartet, ist nicht in diesen Ergebnissen (--wait-for-index wartet darauf)</numerusform>
            <numerusform>%n Artikel, die noch auf die Indizierung warten, sind nicht in diesen Ergebnissen (--wait-for-index wartet darauf)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryReader</name>
    <message>
        <source>no article with id %1</source>
        <translation>kein Artikel mit der ID %1</translation>
    </message>
</context>
<context>
    <name>LibrarySteps</name>
    <message>
        <source>the library did not run the step</source>
        <translation>die Bibliothek hat den Schritt nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Masthead</source>
        <translation>Masthead</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Ihre Bibliothek ist leer</translation>
    </message>
    <message>
        <source>Your library is empty.</source>
        <translation>Ihre Bibliothek ist leer.</translation>
    </message>
    <message>
        <source>&amp;Add a Subscription…</source>
        <translation>Abonnement &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add a subscription</source>
        <translation>Ein Abonnement hinzufügen</translation>
    </message>
    <message>
        <source>Load &amp;Sample Library</source>
        <translation>&amp;Beispielbibliothek laden</translation>
    </message>
    <message>
        <source>Load the sample library</source>
        <translation>Die Beispielbibliothek laden</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Add the built-in sample categories, feeds and articles</source>
        <translation>Die eingebauten Beispielkategorien, -feeds und -artikel hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message>
        <source>Show only unread articles</source>
        <translation>Nur ungelesene Artikel anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Group Same Story</source>
        <translation>Gleiche Meldung &amp;gruppieren</translation>
    </message>
    <message>
        <source>Show a story that several sources cover as one row</source>
        <translation>Eine Meldung, über die mehrere Quellen berichten, als eine Zeile anzeigen</translation>
    </message>
    <message>
        <source>Reading a Story Marks Other &amp;Sources Read</source>
        <translation>Beim Lesen einer Meldung andere &amp;Quellen als gelesen markieren</translation>
    </message>
    <message>
        <source>When you read one source&apos;s article, mark the other sources&apos; articles about the same story read</source>
        <translation>Wenn Sie den Artikel einer Quelle lesen, die Artikel anderer Quellen zur selben Meldung als gelesen markieren</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the library again</source>
        <translation>Die Bibliothek neu einlesen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Refresh Feeds</source>
        <translation>Feeds &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Fetch new articles from every subscribed category</source>
        <translation>Neue Artikel aus allen abonnierten Kategorien abrufen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Subscribe to a feed, a website or a WordPress site</source>
        <translation>Einen Feed, eine Website oder eine WordPress-Website abonnieren</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Fetch nothing; read what is stored</source>
        <translation>Nichts abrufen; Gespeichertes lesen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>OPML &amp;exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>&amp;Nächster ungelesener</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Mark &amp;Read/Unread</source>
        <translation>Als gelesen/ungelesen &amp;markieren</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Mar&amp;kieren</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;About Masthead</source>
        <translation>Über &amp;Masthead</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read — Edit ▸ Undo (Ctrl+Z) takes it back</source>
        <translation>
            <numerusform>%Ln Artikel als gelesen markiert – Bearbeiten ▸ Rückgängig (Strg+Z) nimmt es zurück</numerusform>
            <numerusform>%Ln Artikel als gelesen markiert – Bearbeiten ▸ Rückgängig (Strg+Z) nimmt es zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Star or unstar the article</source>
        <translation>Artikel markieren oder Markierung entfernen</translation>
    </message>
    <message>
        <source>Mark the article read or unread</source>
        <translation>Artikel als gelesen oder ungelesen markieren</translation>
    </message>
    <message>
        <source>Scroll the article, then go to the next unread one</source>
        <translation>Den Artikel weiterblättern, dann zum nächsten ungelesenen gehen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Search every article</source>
        <translation>Alle Artikel durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Refresh, reading, storage and network settings</source>
        <translation>Einstellungen für Aktualisierung, Lesen, Speicher und Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the article&apos;s web address</source>
        <translation>Die Webadresse des Artikels kopieren</translation>
    </message>
    <message>
        <source>S&amp;tarred Only</source>
        <translation>Nur mar&amp;kierte</translation>
    </message>
    <message>
        <source>Show only starred articles</source>
        <translation>Nur markierte Artikel anzeigen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Article</source>
        <translation>Nä&amp;chster Artikel</translation>
    </message>
    <message>
        <source>Go to the next article</source>
        <translation>Zum nächsten Artikel gehen</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <source>Go to the previous article</source>
        <translation>Zum vorherigen Artikel gehen</translation>
    </message>
    <message>
        <source>Mark &amp;All Read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark every article of the selected category read</source>
        <translation>Alle Artikel der gewählten Kategorie als gelesen markieren</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>&amp;Ausgewählte aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the selected feed or category now</source>
        <translation>Den gewählten Feed oder die gewählte Kategorie jetzt abrufen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>About Masthead</source>
        <translation>Über Masthead</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;A fast, offline-first desktop news reader.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;Ein schneller Nachrichtenleser für den Desktop, der auch offline funktioniert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>Kein Artikel passt zu „%1“.</translation>
    </message>
    <message>
        <source>No articles here</source>
        <translation>Hier gibt es keine Artikel</translation>
    </message>
    <message>
        <source>Load the sample library or add a feed to start reading.</source>
        <translation>Laden Sie die Beispielbibliothek oder fügen Sie einen Feed hinzu, um mit dem Lesen zu beginnen.</translation>
    </message>
    <message>
        <source>Pick another category, or show read articles too.</source>
        <translation>Wählen Sie eine andere Kategorie oder lassen Sie auch gelesene Artikel anzeigen.</translation>
    </message>
    <message>
        <source>No feeds to refresh here</source>
        <translation>Hier gibt es keine Feeds zu aktualisieren</translation>
    </message>
    <message>
        <source>Sample library</source>
        <translation>Beispielbibliothek</translation>
    </message>
    <message numerus="yes">
        <source>Sample library loaded: %n article(s) added</source>
        <translation>
            <numerusform>Beispielbibliothek geladen: %Ln Artikel hinzugefügt</numerusform>
            <numerusform>Beispielbibliothek geladen: %Ln Artikel hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Weitere Aktionen der Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Abonnieren …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last Mark All Read or delete from the tree</source>
        <translation>Das letzte „Alle als gelesen markieren“ oder Löschen im Baum zurücknehmen</translation>
    </message>
</context>
<context>
    <name>Masthead</name>
    <message>
        <source>the damaged library was moved to %1; a fresh library was started</source>
        <translation>die beschädigte Bibliothek wurde nach %1 verschoben; eine neue Bibliothek wurde begonnen</translation>
    </message>
    <message>
        <source>; run again with --reset-corrupt-library to move it aside (nothing is deleted) and start a fresh library</source>
        <translation>; starten Sie erneut mit --reset-corrupt-library, um sie beiseitezulegen (nichts wird gelöscht) und eine neue Bibliothek zu beginnen</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>noch nicht verfügbar</translation>
    </message>
    <message>
        <source>this build has no desktop app; give a command (see --help)</source>
        <translation>dieser Build hat keine Desktop-App; geben Sie einen Befehl an (siehe --help)</translation>
    </message>
    <message>
        <source>no display to show the window on; run it in a desktop session, or use a command (see --help)</source>
        <translation>kein Bildschirm, um das Fenster anzuzeigen; starten Sie es in einer Desktop-Sitzung oder verwenden Sie einen Befehl (siehe --help)</translation>
    </message>
    <message>
        <source>Masthead</source>
        <translation>Masthead</translation>
    </message>
    <message>
        <source>The library is damaged and cannot be opened.

%1

Move it aside and start a fresh, empty library? The damaged file is kept beside it as library.sqlite.corrupt-&lt;date&gt;; nothing is deleted.</source>
        <translation>Die Bibliothek ist beschädigt und kann nicht geöffnet werden.

%1

Soll sie beiseitegelegt und eine neue, leere Bibliothek begonnen werden? Die beschädigte Datei bleibt daneben als library.sqlite.corrupt-&lt;date&gt; erhalten; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>The damaged library was moved to %1.</source>
        <translation>Die beschädigte Bibliothek wurde nach %1 verschoben.</translation>
    </message>
    <message>
        <source>The library could not be opened.

%1</source>
        <translation>Die Bibliothek konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Indexing for search: %n article(s) left</source>
        <translation>
            <numerusform>Indizierung für die Suche: noch %Ln Artikel</numerusform>
            <numerusform>Indizierung für die Suche: noch %Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing for search stopped: %1</source>
        <translation>Indizierung für die Suche angehalten: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>the library was created by a newer version of Masthead (schema %1; this version knows up to %2); it was left untouched</source>
        <translation>die Bibliothek wurde von einer neueren Masthead-Version angelegt (Schema %1; diese Version kennt bis %2); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>could not upgrade the library to schema %1 (%2): %3</source>
        <translation>die Bibliothek konnte nicht auf Schema %1 aktualisiert werden (%2): %3</translation>
    </message>
</context>
<context>
    <name>OverviewDialogs</name>
    <message>
        <source>Feeds With &amp;Problems…</source>
        <translation>Feeds mit &amp;Problemen …</translation>
    </message>
    <message>
        <source>List the feeds whose last refresh failed, with their errors</source>
        <translation>Die Feeds auflisten, deren letzte Aktualisierung fehlschlug, mit ihren Fehlern</translation>
    </message>
    <message>
        <source>&amp;Top Stories…</source>
        <translation>&amp;Top-Meldungen …</translation>
    </message>
    <message>
        <source>The stories of the last 24 hours that several of your sources cover</source>
        <translation>Die Meldungen der letzten 24 Stunden, über die mehrere Ihrer Quellen berichten</translation>
    </message>
</context>
<context>
    <name>PaneController</name>
    <message>
        <source>Load Remote &amp;Images</source>
        <translation>Externe &amp;Bilder laden</translation>
    </message>
    <message>
        <source>Load this article&apos;s images that are not stored offline from the web</source>
        <translation>Die nicht offline gespeicherten Bilder dieses Artikels aus dem Web laden</translation>
    </message>
    <message>
        <source>This article cannot be shown</source>
        <translation>Dieser Artikel kann nicht angezeigt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not stored offline, loaded from the web</source>
        <translation>
            <numerusform>%Ln Bild nicht offline gespeichert, aus dem Web geladen</numerusform>
            <numerusform>%Ln Bilder nicht offline gespeichert, aus dem Web geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not stored offline — View ▸ Load Remote Images</source>
        <translation>
            <numerusform>%Ln Bild nicht offline gespeichert – Ansicht ▸ Externe Bilder laden</numerusform>
            <numerusform>%Ln Bilder nicht offline gespeichert – Ansicht ▸ Externe Bilder laden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not stored offline</source>
        <translation>
            <numerusform>%Ln Bild nicht offline gespeichert</numerusform>
            <numerusform>%Ln Bilder nicht offline gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemFeedsDialog</name>
    <message>
        <source>Feeds With Problems</source>
        <translation>Feeds mit Problemen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Feeds whose last refresh failed</source>
        <translation>Feeds, deren letzte Aktualisierung fehlschlug</translation>
    </message>
    <message>
        <source>&amp;Go to Feed</source>
        <translation>&amp;Zum Feed</translation>
    </message>
    <message>
        <source>Go to the feed</source>
        <translation>Zum Feed gehen</translation>
    </message>
    <message>
        <source>&amp;Refresh These</source>
        <translation>Diese &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Refresh these feeds</source>
        <translation>Diese Feeds aktualisieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Every feed refreshed without a problem last time.</source>
        <translation>Beim letzten Mal wurde jeder Feed ohne Probleme aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed at their last refresh.</source>
        <translation>
            <numerusform>%Ln Feed schlug bei der letzten Aktualisierung fehl.</numerusform>
            <numerusform>%Ln Feeds schlugen bei der letzten Aktualisierung fehl.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>ReadMarks</name>
    <message>
        <source>Mark All Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>RefreshScheduler</name>
    <message>
        <source>Automatic refresh is paused while offline</source>
        <translation>Automatische Aktualisierung pausiert, solange offline</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Aktualisierung läuft</translation>
    </message>
    <message>
        <source>No refresh planned</source>
        <translation>Keine Aktualisierung geplant</translation>
    </message>
    <message>
        <source>Automatic refresh has not started</source>
        <translation>Automatische Aktualisierung hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>Next refresh at %1</source>
        <translation>Nächste Aktualisierung um %1</translation>
    </message>
    <message>
        <source>Next refresh on %1</source>
        <translation>Nächste Aktualisierung am %1</translation>
    </message>
</context>
<context>
    <name>RefreshService</name>
    <message>
        <source>%1 is not a feed: %2</source>
        <translation>%1 ist kein Feed: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Selected Category</source>
        <translation>Gewählte Kategorie</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>nothing to search for</source>
        <translation>nichts zu suchen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Refresh all feeds when Masthead s&amp;tarts</source>
        <translation>Alle Feeds beim &amp;Start von Masthead aktualisieren</translation>
    </message>
    <message>
        <source>Refresh all feeds when Masthead starts</source>
        <translation>Alle Feeds beim Start von Masthead aktualisieren</translation>
    </message>
    <message>
        <source>Refresh e&amp;very:</source>
        <translation>Aktualisieren &amp;alle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Aktualisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source>How often Masthead refreshes your subscriptions by itself. A feed that asks to be fetched less often is fetched less often.</source>
        <translation>Wie oft Masthead Ihre Abonnements von selbst aktualisiert. Ein Feed, der seltener abgerufen werden möchte, wird seltener abgerufen.</translation>
    </message>
    <message>
        <source>&amp;Mark articles read:</source>
        <translation>Artikel als gelesen &amp;markieren:</translation>
    </message>
    <message>
        <source>Mark articles read</source>
        <translation>Artikel als gelesen markieren</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>After a delay</source>
        <translation>Nach einer Verzögerung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>After &amp;delay:</source>
        <translation>Nach &amp;Verzögerung:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Delay before an opened article is marked read, in seconds</source>
        <translation>Verzögerung in Sekunden, bevor ein geöffneter Artikel als gelesen gilt</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <source>Article font</source>
        <translation>Schrift der Artikel</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Article font size in pixels</source>
        <translation>Schriftgröße der Artikel in Pixeln</translation>
    </message>
    <message>
        <source>&amp;Line width:</source>
        <translation>&amp;Zeilenbreite:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Longest line of article text, in characters</source>
        <translation>Längste Zeile des Artikeltexts, in Zeichen</translation>
    </message>
    <message>
        <source>Line s&amp;pacing:</source>
        <translation>Zeilen&amp;abstand:</translation>
    </message>
    <message>
        <source>Line spacing, times the font size</source>
        <translation>Zeilenabstand, als Vielfaches der Schriftgröße</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Language of Masthead</source>
        <translation>Sprache von Masthead</translation>
    </message>
    <message>
        <source>A new language takes effect when Masthead starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Masthead.</translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>S&amp;peicher</translation>
    </message>
    <message>
        <source>&amp;Keep articles for:</source>
        <translation>Artikel &amp;behalten für:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Keep articles for this many days</source>
        <translation>Artikel so viele Tage behalten</translation>
    </message>
    <message>
        <source>Keep at m&amp;ost:</source>
        <translation>&amp;Höchstens behalten:</translation>
    </message>
    <message>
        <source> per feed</source>
        <translation> pro Feed</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Keep at most this many articles per feed</source>
        <translation>Höchstens so viele Artikel pro Feed behalten</translation>
    </message>
    <message>
        <source>&amp;Image cache limit:</source>
        <translation>Grenze des &amp;Bildercaches:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Image cache limit in megabytes</source>
        <translation>Grenze des Bildercaches in Megabyte</translation>
    </message>
    <message>
        <source>Starred articles are always kept.</source>
        <translation>Markierte Artikel werden immer behalten.</translation>
    </message>
    <message>
        <source>&amp;Clean Up Now</source>
        <translation>Jetzt auf&amp;räumen</translation>
    </message>
    <message>
        <source>Clean up now</source>
        <translation>Jetzt aufräumen</translation>
    </message>
    <message>
        <source>Removes the articles the limits above no longer keep (never starred ones), deletes cached files no article uses, and compacts the library.</source>
        <translation>Entfernt die Artikel, die die obigen Grenzen nicht mehr behalten (nie markierte), löscht Cache-Dateien, die kein Artikel braucht, und verdichtet die Bibliothek.</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>Read what is stored; nothing is fetched until you go online again.</source>
        <translation>Gespeichertes lesen; nichts wird abgerufen, bis Sie wieder online gehen.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des S&amp;ystems verwenden</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No pro&amp;xy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Default (serif)</source>
        <translation>Standard (Serifenschrift)</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Wird aufgeräumt …</translation>
    </message>
    <message>
        <source>Freed %1.</source>
        <translation>%1 freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) removed.</source>
        <translation>
            <numerusform>%Ln Artikel entfernt.</numerusform>
            <numerusform>%Ln Artikel entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached file(s) removed.</source>
        <translation>
            <numerusform>%Ln Datei aus dem Cache entfernt.</numerusform>
            <numerusform>%Ln Dateien aus dem Cache entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clean-up failed: %1</source>
        <translation>Das Aufräumen ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another Masthead window has this library (%1) open but does not answer</source>
        <translation>ein anderes Masthead-Fenster hat diese Bibliothek (%1) geöffnet, antwortet aber nicht</translation>
    </message>
    <message>
        <source>the Masthead window that has this library open refused the request</source>
        <translation>das Masthead-Fenster, das diese Bibliothek geöffnet hat, hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>another Masthead (process %1) has this library (%2) open but does not answer; close it, or if it is gone, remove %3</source>
        <translation>ein anderes Masthead (Prozess %1) hat diese Bibliothek (%2) geöffnet, antwortet aber nicht; schließen Sie es oder, falls es nicht mehr läuft, entfernen Sie %3</translation>
    </message>
</context>
<context>
    <name>SqlUtil</name>
    <message>
        <source>the library is in use by another program (database is locked)</source>
        <translation>die Bibliothek wird von einem anderen Programm verwendet (Datenbank gesperrt)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the library file is damaged or is not a Masthead library</source>
        <translation>die Bibliotheksdatei ist beschädigt oder keine Masthead-Bibliothek</translation>
    </message>
    <message>
        <source>the library file is read-only</source>
        <translation>die Bibliotheksdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the library file could not be read or written (%1)</source>
        <translation>die Bibliotheksdatei konnte nicht gelesen oder geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the library file could not be opened (%1)</source>
        <translation>die Bibliotheksdatei konnte nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>not a SQLite connection</source>
        <translation>keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation>die Bibliothek ist nicht geöffnet</translation>
    </message>
    <message>
        <source>could not start a transaction</source>
        <translation>eine Transaktion konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>transaction already ended</source>
        <translation>Transaktion bereits beendet</translation>
    </message>
    <message>
        <source>could not save</source>
        <translation>konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>A feed, a web site or an OPML list</source>
        <translation>Ein Feed, eine Website oder eine OPML-Liste</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find what the address offers</source>
        <translation>Herausfinden, was die Adresse anbietet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel finding</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>What to subscribe to</source>
        <translation>Was abonniert werden soll</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>Destination folder path</source>
        <translation>Pfad des Zielordners</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Pick a folder, or type a new path such as News/World</source>
        <translation>Wählen Sie einen Ordner oder geben Sie einen neuen Pfad ein, etwa Nachrichten/Welt</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;In Ordner:</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>%1 wird untersucht …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Check what to subscribe to.</source>
        <translation>Prüfen Sie, was abonniert werden soll.</translation>
    </message>
    <message>
        <source>&amp;Newest headlines:</source>
        <translation>&amp;Neueste Schlagzeilen:</translation>
    </message>
    <message>
        <source>Newest headlines of the highlighted entry</source>
        <translation>Neueste Schlagzeilen des markierten Eintrags</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Wird abonniert …</translation>
    </message>
    <message>
        <source>Could not subscribe: %1</source>
        <translation>Abonnieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading the newest headlines…</source>
        <translation>Die neuesten Schlagzeilen werden geladen …</translation>
    </message>
    <message>
        <source>No headlines: %1</source>
        <translation>Keine Schlagzeilen: %1</translation>
    </message>
    <message>
        <source>No headlines</source>
        <translation>Keine Schlagzeilen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>Masthead subscriptions</source>
        <translation>Masthead-Abonnements</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n queued change(s) were for articles the server no longer has</source>
        <translation>
            <numerusform>%Ln ausstehende Änderung betraf Artikel, die der Server nicht mehr hat</numerusform>
            <numerusform>%Ln ausstehende Änderungen betrafen Artikel, die der Server nicht mehr hat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncHttp</name>
    <message>
        <source>working offline</source>
        <translation>im Offline-Modus</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 antwortete nicht innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB; stopped</source>
        <translation>%1 sendete mehr als %2 MB; abgebrochen</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>SyncJson</name>
    <message>
        <source>the server refused the user name or password (HTTP %1)</source>
        <translation>der Server lehnte Benutzername oder Passwort ab (HTTP %1)</translation>
    </message>
    <message>
        <source>there is no sync API at %1 (HTTP 404); check the address</source>
        <translation>unter %1 gibt es keine Synchronisierungs-API (HTTP 404); prüfen Sie die Adresse</translation>
    </message>
    <message>
        <source>the server failed (HTTP %1); try again later</source>
        <translation>Fehler auf dem Server (HTTP %1); versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the server refused the request (HTTP %1)</source>
        <translation>der Server lehnte die Anfrage ab (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of the API&apos;s JSON; check the address (and that the API is switched on)</source>
        <translation>%1 antwortete mit einer Webseite statt mit dem JSON der API; prüfen Sie die Adresse (und ob die API eingeschaltet ist)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is cut off or not JSON (%1 at byte %2 of %3)</source>
        <translation>die Antwort des Servers ist abgeschnitten oder kein JSON (%1 bei Byte %2 von %3)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object</source>
        <translation>die Antwort des Servers ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>TopStoriesDialog</name>
    <message>
        <source>Top Stories</source>
        <translation>Top-Meldungen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Stories several of your sources cover</source>
        <translation>Meldungen, über die mehrere Ihrer Quellen berichten</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Read the story</source>
        <translation>Die Meldung lesen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload the top stories</source>
        <translation>Die Top-Meldungen neu laden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No story of the last 24 hours is covered by more than one of your sources yet.</source>
        <translation>Über noch keine Meldung der letzten 24 Stunden berichtet mehr als eine Ihrer Quellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) of the last 24 hours covered by several of your sources, most sources first.</source>
        <translation>
            <numerusform>%Ln Meldung der letzten 24 Stunden, über die mehrere Ihrer Quellen berichten; die mit den meisten Quellen zuerst.</numerusform>
            <numerusform>%Ln Meldungen der letzten 24 Stunden, über die mehrere Ihrer Quellen berichten; die mit den meisten Quellen zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeEditor</name>
    <message>
        <source>A folder needs a name without “/”.</source>
        <translation>Ein Ordner braucht einen Namen ohne „/“.</translation>
    </message>
    <message>
        <source>There is already a folder named “%1” here.</source>
        <translation>Hier gibt es bereits einen Ordner namens „%1“.</translation>
    </message>
    <message>
        <source>That folder no longer exists.</source>
        <translation>Diesen Ordner gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A feed needs a name.</source>
        <translation>Ein Feed braucht einen Namen.</translation>
    </message>
    <message>
        <source>That feed no longer exists.</source>
        <translation>Diesen Feed gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A folder cannot go into itself or into a folder it holds.</source>
        <translation>Ein Ordner kann nicht in sich selbst oder in einen seiner Unterordner verschoben werden.</translation>
    </message>
    <message>
        <source>That folder can no longer be brought back.</source>
        <translation>Dieser Ordner kann nicht mehr wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This folder is a sync account&apos;s; remove the account instead (its context menu: Remove Account…).</source>
        <translation>Dieser Ordner gehört zu einem Synchronisierungskonto; entfernen Sie stattdessen das Konto (in seinem Kontextmenü: Konto entfernen …).</translation>
    </message>
</context>
<context>
    <name>TreeOrganizer</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected folder or feed</source>
        <translation>Den gewählten Ordner oder Feed umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected feed, or delete the selected folder</source>
        <translation>Den gewählten Feed abbestellen oder den gewählten Ordner löschen</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner …</translation>
    </message>
    <message>
        <source>Make a folder in the selected one</source>
        <translation>Einen Ordner im gewählten anlegen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the folder “%1”, its folders and their feeds? Their articles are deleted; starred articles stay.</source>
        <translation>Den Ordner „%1“ mit seinen Ordnern und deren Feeds löschen? Ihre Artikel werden gelöscht; markierte Artikel bleiben.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”? Its articles are deleted; starred articles stay.</source>
        <translation>„%1“ abbestellen? Seine Artikel werden gelöscht; markierte Artikel bleiben.</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>A&amp;bbestellen</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Mark &amp;All Read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften …</translation>
    </message>
    <message>
        <source>The selected feed&apos;s address, settings, last fetch and storage</source>
        <translation>Adresse, Einstellungen, letzter Abruf und Speicher des gewählten Feeds</translation>
    </message>
    <message>
        <source>Deleted the folder “%1”.</source>
        <translation>Ordner „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”.</source>
        <translation>„%1“ abbestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n starred article(s) stay, under Starred.</source>
        <translation>
            <numerusform>%n markierter Artikel bleibt erhalten, unter „Markiert“.</numerusform>
            <numerusform>%n markierte Artikel bleiben erhalten, unter „Markiert“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes it back.</source>
        <translation>Bearbeiten ▸ Rückgängig (Strg+Z) nimmt es zurück.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>TtrssClient</name>
    <message>
        <source>the server refused the user name or password</source>
        <translation>der Server lehnte Benutzername oder Passwort ab</translation>
    </message>
    <message>
        <source>the API is switched off for this user; turn on &quot;Enable API&quot; in Tiny Tiny RSS&apos;s preferences</source>
        <translation>die API ist für diesen Benutzer ausgeschaltet; schalten Sie „Enable API“ in den Einstellungen von Tiny Tiny RSS ein</translation>
    </message>
    <message>
        <source>the server ended the session and refused a new login</source>
        <translation>der Server beendete die Sitzung und lehnte eine neue Anmeldung ab</translation>
    </message>
    <message>
        <source>the server did not understand a request (INCORRECT_USAGE)</source>
        <translation>der Server hat eine Anfrage nicht verstanden (INCORRECT_USAGE)</translation>
    </message>
    <message>
        <source>the server answered with the error %1</source>
        <translation>der Server antwortete mit dem Fehler %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>the server&apos;s login answer had no session</source>
        <translation>die Anmeldeantwort des Servers enthielt keine Sitzung</translation>
    </message>
    <message>
        <source>this Tiny Tiny RSS is too old (API level %1; 9 or later is needed)</source>
        <translation>dieses Tiny Tiny RSS ist zu alt (API-Level %1; 9 oder höher wird benötigt)</translation>
    </message>
    <message>
        <source>the server&apos;s list of feeds is not a list</source>
        <translation>die Feed-Liste des Servers ist keine Liste</translation>
    </message>
    <message>
        <source>the server&apos;s list of articles is not a list</source>
        <translation>die Artikelliste des Servers ist keine Liste</translation>
    </message>
    <message>
        <source>the server refused %1 as a feed address</source>
        <translation>der Server lehnte %1 als Feed-Adresse ab</translation>
    </message>
    <message>
        <source>%1 is a web page, not a feed; give the feed&apos;s own address</source>
        <translation>%1 ist eine Webseite, kein Feed; geben Sie die Adresse des Feeds selbst an</translation>
    </message>
    <message>
        <source>the server could not fetch %1: %2</source>
        <translation>der Server konnte %1 nicht abrufen: %2</translation>
    </message>
    <message>
        <source>the server could not subscribe to %1 (code %2)</source>
        <translation>der Server konnte %1 nicht abonnieren (Code %2)</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>WordPressCategories</name>
    <message>
        <source>the answer is not a WordPress category list</source>
        <translation>die Antwort ist keine WordPress-Kategorienliste</translation>
    </message>
    <message>
        <source>the category list is not JSON (%1)</source>
        <translation>die Kategorienliste ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>the category list is not a list of categories</source>
        <translation>die Kategorienliste ist keine Liste von Kategorien</translation>
    </message>
</context>
</TS>
