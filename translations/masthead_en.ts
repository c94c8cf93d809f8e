<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountCommands</name>
    <message numerus="yes">
        <source>%n article(s) marked</source>
        <translation>
            <numerusform>%Ln article marked</numerusform>
            <numerusform>%Ln articles marked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message numerus="yes">
        <source>Synced %n new or changed article(s)</source>
        <translation>
            <numerusform>Synced %Ln new or changed article</numerusform>
            <numerusform>Synced %Ln new or changed articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synced %Ln minute ago</numerusform>
            <numerusform>Synced %Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Synced %Ln hour ago</numerusform>
            <numerusform>Synced %Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Synced %Ln day ago</numerusform>
            <numerusform>Synced %Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <source>%1 +%n</source>
        <comment>a source, and how many others cover the same story</comment>
        <translation>
            <numerusform>%1 +%Ln</numerusform>
            <numerusform>%1 +%Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also covered by %n other source(s)</source>
        <translation>
            <numerusform>Also covered by %Ln other source</numerusform>
            <numerusform>Also covered by %Ln other sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n other source(s)</source>
        <translation>
            <numerusform>%1, and %Ln other source</numerusform>
            <numerusform>%1, and %Ln other sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %Ln unread</numerusform>
            <numerusform>%1: %Ln unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%Ln unread</numerusform>
            <numerusform>%Ln unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread, last refresh failed: %1</source>
        <translation>
            <numerusform>%Ln unread, last refresh failed: %1</numerusform>
            <numerusform>%Ln unread, last refresh failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every article of every feed: %n unread</source>
        <translation>
            <numerusform>Every article of every feed: %n unread</numerusform>
            <numerusform>Every article of every feed: %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The articles you starred, also of feeds you deleted: %n</source>
        <translation>
            <numerusform>The articles you starred, also of feeds you deleted: %n</numerusform>
            <numerusform>The articles you starred, also of feeds you deleted: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every unread article: %n</source>
        <translation>
            <numerusform>Every unread article: %n</numerusform>
            <numerusform>Every unread article: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n starred</numerusform>
            <numerusform>%n starred</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message numerus="yes">
        <source>%n article(s), %1 unread</source>
        <translation>
            <numerusform>%Ln article, %1 unread</numerusform>
            <numerusform>%Ln articles, %1 unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n post(s))</source>
        <translation>
            <numerusform>(%n post)</numerusform>
            <numerusform>(%n posts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedController</name>
    <message numerus="yes">
        <source>Subscribed to %n feed(s)</source>
        <translation>
            <numerusform>Subscribed to %Ln feed</numerusform>
            <numerusform>Subscribed to %Ln feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%Ln new article</numerusform>
            <numerusform>%Ln new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article page(s) could not be read; their feed text is kept</source>
        <translation>
            <numerusform>%Ln article page could not be read; its feed text is kept</numerusform>
            <numerusform>%Ln article pages could not be read; their feed text is kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed; see the tree for why</source>
        <translation>
            <numerusform>%Ln feed failed; see the tree for why</numerusform>
            <numerusform>%Ln feeds failed; see the tree for why</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) · saving pages and images for offline reading</source>
        <translation>
            <numerusform>%Ln new article · saving pages and images for offline reading</numerusform>
            <numerusform>%Ln new articles · saving pages and images for offline reading</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message numerus="yes">
        <source>At most every %n minute(s), as the feed asks</source>
        <translation>
            <numerusform>At most every minute, as the feed asks</numerusform>
            <numerusform>At most every %Ln minutes, as the feed asks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchJob</name>
    <message numerus="yes">
        <source>The download from %1 took longer than %n second(s).</source>
        <translation>
            <numerusform>The download from %1 took longer than %n second.</numerusform>
            <numerusform>The download from %1 took longer than %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 redirected more than %n time(s).</source>
        <translation>
            <numerusform>%1 redirected more than %n time.</numerusform>
            <numerusform>%1 redirected more than %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy and asks to retry in %n second(s) (HTTP %2).</source>
        <translation>
            <numerusform>%1 is busy and asks to retry in %n second (HTTP %2).</numerusform>
            <numerusform>%1 is busy and asks to retry in %n seconds (HTTP %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s).</source>
        <translation>
            <numerusform>%1 sent nothing for %n second.</numerusform>
            <numerusform>%1 sent nothing for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 asked Masthead to wait; retry in %n second(s).</source>
        <translation>
            <numerusform>%1 asked Masthead to wait; retry in %n second.</numerusform>
            <numerusform>%1 asked Masthead to wait; retry in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message numerus="yes">
        <source>indexing %n article(s) first</source>
        <translation>
            <numerusform>indexing %n article first</numerusform>
            <numerusform>indexing %n articles first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) still waiting to be indexed are not in these results (--wait-for-index waits for them)</source>
        <translation>
            <numerusform>%n article still waiting to be indexed is not in these results (--wait-for-index waits for it)</numerusform>
            <numerusform>%n articles still waiting to be indexed are not in these results (--wait-for-index waits for them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Sample library loaded: %n article(s) added</source>
        <translation>
            <numerusform>Sample library loaded: %Ln article added</numerusform>
            <numerusform>Sample library loaded: %Ln articles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read — Edit ▸ Undo (Ctrl+Z) takes it back</source>
        <translation>
            <numerusform>Marked %Ln article read — Edit ▸ Undo (Ctrl+Z) takes it back</numerusform>
            <numerusform>Marked %Ln articles read — Edit ▸ Undo (Ctrl+Z) takes it back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead</name>
    <message numerus="yes">
        <source>Indexing for search: %n article(s) left</source>
        <translation>
            <numerusform>Indexing for search: %Ln article left</numerusform>
            <numerusform>Indexing for search: %Ln articles left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaneController</name>
    <message numerus="yes">
        <source>%n image(s) not stored offline, loaded from the web</source>
        <translation>
            <numerusform>%Ln image is not stored offline; it was loaded from the web</numerusform>
            <numerusform>%Ln images are not stored offline; they were loaded from the web</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not stored offline — View ▸ Load Remote Images</source>
        <translation>
            <numerusform>%Ln image is not stored offline — View ▸ Load Remote Images</numerusform>
            <numerusform>%Ln images are not stored offline — View ▸ Load Remote Images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not stored offline</source>
        <translation>
            <numerusform>%Ln image is not stored offline</numerusform>
            <numerusform>%Ln images are not stored offline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemFeedsDialog</name>
    <message numerus="yes">
        <source>%n feed(s) failed at their last refresh.</source>
        <translation>
            <numerusform>%Ln feed failed at its last refresh.</numerusform>
            <numerusform>%Ln feeds failed at their last refresh.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n article(s) removed.</source>
        <translation>
            <numerusform>%Ln article removed.</numerusform>
            <numerusform>%Ln articles removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached file(s) removed.</source>
        <translation>
            <numerusform>%Ln cached file removed.</numerusform>
            <numerusform>%Ln cached files removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n queued change(s) were for articles the server no longer has</source>
        <translation>
            <numerusform>%Ln queued change was for articles the server no longer has</numerusform>
            <numerusform>%Ln queued changes were for articles the server no longer has</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopStoriesDialog</name>
    <message numerus="yes">
        <source>%n story(ies) of the last 24 hours covered by several of your sources, most sources first.</source>
        <translation>
            <numerusform>%Ln story of the last 24 hours covered by several of your sources, most sources first.</numerusform>
            <numerusform>%Ln stories of the last 24 hours covered by several of your sources, most sources first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeOrganizer</name>
    <message numerus="yes">
        <source>%n starred article(s) stay, under Starred.</source>
        <translation>
            <numerusform>%n starred article stays, under Starred.</numerusform>
            <numerusform>%n starred articles stay, under Starred.</numerusform>
        </translation>
    </message>
</context>
</TS>
