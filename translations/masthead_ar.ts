<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>give add, list or remove</source>
        <translation>أعطِ add أو list أو remove</translation>
    </message>
    <message>
        <source>give the type and the address: account add ttrss|greader URL --user NAME --password-file FILE</source>
        <translation>أعطِ النوع والعنوان: account add ttrss|greader URL --user NAME --password-file FILE</translation>
    </message>
    <message>
        <source>unknown account type %1 (give %2)</source>
        <translation>نوع حساب غير معروف %1 (أعطِ %2)</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 ليس عنوان http(s)</translation>
    </message>
    <message>
        <source>give --user NAME and --password-file FILE</source>
        <translation>أعطِ --user NAME و--password-file FILE</translation>
    </message>
    <message>
        <source>an account is tested live before it is saved; not with --offline</source>
        <translation>يُختبر الحساب مباشرةً قبل حفظه؛ وهذا غير ممكن مع --offline</translation>
    </message>
    <message>
        <source>the password was not saved: %1. Give it to each sync with --password-file FILE.</source>
        <translation>لم تُحفظ كلمة المرور: %1. أعطِها في كل مزامنة مع --password-file FILE.</translation>
    </message>
    <message>
        <source>no desktop keyring is in use: the password was kept for this run only. Give it to each sync with --password-file FILE.</source>
        <translation>لا تُستخدم حلقة مفاتيح لسطح المكتب: احتُفظ بكلمة المرور لهذا التشغيل فقط. أعطِها في كل مزامنة مع --password-file FILE.</translation>
    </message>
    <message>
        <source>Added account #%1 (%2 %3 as %4); run `masthead sync` to bring its articles</source>
        <translation>أُضيف الحساب #%1 (%2 %3 باسم %4)؛ شغّل `masthead sync` لجلب مقالاته</translation>
    </message>
    <message>
        <source>#%1 %2 %3 as %4: last sync %5, %6</source>
        <translation>#%1 %2 %3 باسم %4: آخر مزامنة %5، %6</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>No accounts; add one with `masthead account add ttrss|greader URL --user NAME --password-file FILE`.</source>
        <translation>لا توجد حسابات؛ أضف حسابًا باستخدام `masthead account add ttrss|greader URL --user NAME --password-file FILE`.</translation>
    </message>
    <message>
        <source>give one account id</source>
        <translation>أعطِ معرّف حساب واحدًا</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>لا يوجد حساب بالمعرّف %1</translation>
    </message>
    <message>
        <source>Removed account #%1; its articles stay on the server</source>
        <translation>أُزيل الحساب #%1؛ تبقى مقالاته على الخادم</translation>
    </message>
    <message>
        <source>%1; give the password with --password-file FILE</source>
        <translation>%1؛ أعطِ كلمة المرور مع --password-file FILE</translation>
    </message>
    <message>
        <source>no password is saved for this account; give it with --password-file FILE</source>
        <translation>لا توجد كلمة مرور محفوظة لهذا الحساب؛ أعطِها مع --password-file FILE</translation>
    </message>
    <message>
        <source>%1 is not an account id</source>
        <translation>%1 ليس معرّف حساب</translation>
    </message>
    <message>
        <source>#%1: %2 articles, %3 changes sent</source>
        <translation>#%1: %2 مقالات، أُرسلت %3 تغييرات</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <source>no such account</source>
        <translation>لا يوجد حساب كهذا</translation>
    </message>
    <message>
        <source>%1 images stored, %2 failed</source>
        <translation>خُزّنت %1 صور، وفشلت %2</translation>
    </message>
    <message>
        <source>%1 accounts: %2 articles fetched, %3 changes sent, %4 failed</source>
        <translation>%1 حسابات: جُلبت %2 مقالات، وأُرسلت %3 تغييرات، وفشل %4</translation>
    </message>
    <message>
        <source>no server could be reached</source>
        <translation>تعذّر الوصول إلى أي خادم</translation>
    </message>
    <message>
        <source>give one of --read, --unread, --star, --unstar</source>
        <translation>أعطِ واحدًا من --read أو --unread أو --star أو --unstar</translation>
    </message>
    <message>
        <source>give article ids</source>
        <translation>أعطِ معرّفات مقالات</translation>
    </message>
    <message>
        <source>%1 is not an article id</source>
        <translation>%1 ليس معرّف مقالة</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>لا توجد مقالة بالمعرّف %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) marked</source>
        <translation>
            <numerusform>لم تُعلَّم أي مقالة</numerusform>
            <numerusform>عُلِّمت مقالة واحدة</numerusform>
            <numerusform>عُلِّمت مقالتان</numerusform>
            <numerusform>عُلِّمت %Ln مقالات</numerusform>
            <numerusform>عُلِّمت %Ln مقالة</numerusform>
            <numerusform>عُلِّمت %Ln مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>this is an account&apos;s; its server cannot be reached with --offline</source>
        <translation>هذا تابع لحساب؛ لا يمكن الوصول إلى خادمه مع --offline</translation>
    </message>
    <message>
        <source>done on the server, but the sync after it failed: %1</source>
        <translation>نُفّذ على الخادم، لكن المزامنة التالية له فشلت: %1</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address: the server fetches it</source>
        <translation>%1 ليس عنوان http(s): فالخادم هو من يجلبه</translation>
    </message>
    <message>
        <source>Subscribed to %1 on the account&apos;s server</source>
        <translation>اشتُرك في %1 على خادم الحساب</translation>
    </message>
    <message>
        <source>Unsubscribed on the account&apos;s server</source>
        <translation>أُلغي الاشتراك على خادم الحساب</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>S&amp;ync Accounts</source>
        <translation>مزامنة الح&amp;سابات</translation>
    </message>
    <message>
        <source>Sync every server account now: send the changes made here, fetch what is new</source>
        <translation>مزامنة كل حسابات الخوادم الآن: إرسال التغييرات التي أُجريت هنا وجلب الجديد</translation>
    </message>
    <message>
        <source>Offline: sync is paused</source>
        <translation>غير متصل: المزامنة متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>تعذّرت قراءة الحسابات: %1</translation>
    </message>
    <message>
        <source>Syncing accounts…</source>
        <translation>جارٍ مزامنة الحسابات…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>فشلت المزامنة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n new or changed article(s)</source>
        <translation>
            <numerusform>لم تتم مزامنة أي مقالة جديدة أو معدّلة</numerusform>
            <numerusform>تمت مزامنة مقالة واحدة جديدة أو معدّلة</numerusform>
            <numerusform>تمت مزامنة مقالتين جديدتين أو معدّلتين</numerusform>
            <numerusform>تمت مزامنة %Ln مقالات جديدة أو معدّلة</numerusform>
            <numerusform>تمت مزامنة %Ln مقالة جديدة أو معدّلة</numerusform>
            <numerusform>تمت مزامنة %Ln مقالة جديدة أو معدّلة</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>مزا&amp;منة الآن</translation>
    </message>
    <message>
        <source>Remove Accou&amp;nt…</source>
        <translation>إزالة الح&amp;ساب…</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>إزالة الحساب</translation>
    </message>
    <message>
        <source>Remove this account from Masthead? Its folders and articles go from here; the server keeps them, and changes not sent yet are lost.</source>
        <translation>هل تريد إزالة هذا الحساب من Masthead؟ ستُحذف مجلداته ومقالاته من هنا، ويحتفظ بها الخادم، وتضيع التغييرات التي لم تُرسل بعد.</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>لم تتم إزالة الحساب: %1</translation>
    </message>
    <message>
        <source>Account removed; its articles stay on the server</source>
        <translation>أُزيل الحساب؛ تبقى مقالاته على الخادم</translation>
    </message>
    <message>
        <source>Account P&amp;roperties…</source>
        <translation>&amp;خصائص الحساب…</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <source>Google Reader API</source>
        <translation>واجهة Google Reader البرمجية</translation>
    </message>
    <message>
        <source>Account Properties</source>
        <translation>خصائص الحساب</translation>
    </message>
    <message>
        <source>%1 at %2
User: %3
%4</source>
        <translation>%1 على %2
المستخدم: %3
%4</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>&amp;Server type:</source>
        <translation>&amp;نوع الخادم:</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>نوع الخادم</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>https://rss.example.com/tt-rss/</source>
        <translation>https://rss.example.com/tt-rss/</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <source>Google Reader API (FreshRSS, Miniflux, Inoreader)</source>
        <translation>واجهة Google Reader البرمجية (FreshRSS وMiniflux وInoreader)</translation>
    </message>
    <message>
        <source>Give the server&apos;s address and your user name.</source>
        <translation>أدخل عنوان الخادم واسم المستخدم الخاص بك.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>جارٍ تسجيل الدخول إلى %1…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Add &amp;Account…</source>
        <translation>إضافة &amp;حساب…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Sync with a Tiny Tiny RSS or Google Reader API server</source>
        <translation>المزامنة مع خادم Tiny Tiny RSS أو خادم بواجهة Google Reader البرمجية</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>أُضيف الحساب</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>this account is already there (#%1)</source>
        <translation>هذا الحساب موجود بالفعل (#%1)</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>لا يوجد حساب بالمعرّف %1</translation>
    </message>
    <message>
        <source>this category is not on the account&apos;s server; create it there and sync first</source>
        <translation>هذه الفئة غير موجودة على خادم الحساب؛ أنشئها هناك وزامِن أولًا</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>unknown account type %1</source>
        <translation>نوع حساب غير معروف %1</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 ليس عنوان http(s)</translation>
    </message>
    <message>
        <source>%1: the password is kept for this session only and asked for again after a restart.</source>
        <translation>%1: يُحتفظ بكلمة المرور لهذه الجلسة فقط، وستُطلب مجددًا بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>no password is kept for this account; add it again</source>
        <translation>لا توجد كلمة مرور محفوظة لهذا الحساب؛ أضفه مجددًا</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>لا يوجد حساب بالمعرّف %1</translation>
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
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>تمت المزامنة للتو</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>تمت المزامنة للتو</numerusform>
            <numerusform>تمت المزامنة قبل دقيقة واحدة</numerusform>
            <numerusform>تمت المزامنة قبل دقيقتين</numerusform>
            <numerusform>تمت المزامنة قبل %Ln دقائق</numerusform>
            <numerusform>تمت المزامنة قبل %Ln دقيقة</numerusform>
            <numerusform>تمت المزامنة قبل %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>تمت المزامنة قبل أقل من ساعة</numerusform>
            <numerusform>تمت المزامنة قبل ساعة واحدة</numerusform>
            <numerusform>تمت المزامنة قبل ساعتين</numerusform>
            <numerusform>تمت المزامنة قبل %Ln ساعات</numerusform>
            <numerusform>تمت المزامنة قبل %Ln ساعة</numerusform>
            <numerusform>تمت المزامنة قبل %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>تمت المزامنة اليوم</numerusform>
            <numerusform>تمت المزامنة قبل يوم واحد</numerusform>
            <numerusform>تمت المزامنة قبل يومين</numerusform>
            <numerusform>تمت المزامنة قبل %Ln أيام</numerusform>
            <numerusform>تمت المزامنة قبل %Ln يومًا</numerusform>
            <numerusform>تمت المزامنة قبل %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Last sync failed: %1 (%2)</source>
        <translation>فشلت آخر مزامنة: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>settings.ini: %1 = “%2” is not allowed; using %3 instead.</source>
        <translation>settings.ini: القيمة %1 = «%2» غير مسموح بها؛ ستُستخدم %3 بدلًا منها.</translation>
    </message>
    <message>
        <source>the default font</source>
        <translation>الخط الافتراضي</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>لا يوجد مضيف</translation>
    </message>
    <message>
        <source>settings.ini: a manual proxy needs %1; using the system&apos;s proxy settings instead.</source>
        <translation>settings.ini: يحتاج الوكيل اليدوي إلى %1؛ ستُستخدم إعدادات الوكيل في النظام بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>ArticleHeaderRows</name>
    <message>
        <source>%1 (unsubscribed)</source>
        <translation>%1 (أُلغي الاشتراك)</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n</source>
        <comment>a source, and how many others cover the same story</comment>
        <translation>
            <numerusform>%1 +%Ln</numerusform>
            <numerusform>%1 +%Ln</numerusform>
            <numerusform>%1 +%Ln</numerusform>
            <numerusform>%1 +%Ln</numerusform>
            <numerusform>%1 +%Ln</numerusform>
            <numerusform>%1 +%Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>مميَّز بنجمة</translation>
    </message>
    <message numerus="yes">
        <source>Also covered by %n other source(s)</source>
        <translation>
            <numerusform>لا تغطيه مصادر أخرى</numerusform>
            <numerusform>تغطيه أيضًا مصدر واحد آخر</numerusform>
            <numerusform>يغطيه أيضًا مصدران آخران</numerusform>
            <numerusform>تغطيه أيضًا %Ln مصادر أخرى</numerusform>
            <numerusform>يغطيه أيضًا %Ln مصدرًا آخر</numerusform>
            <numerusform>يغطيه أيضًا %Ln مصدر آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>غير مميَّز بنجمة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n other source(s)</source>
        <translation>
            <numerusform>%1 دون مصادر أخرى</numerusform>
            <numerusform>%1 ومصدر واحد آخر</numerusform>
            <numerusform>%1 ومصدران آخران</numerusform>
            <numerusform>%1 و%Ln مصادر أخرى</numerusform>
            <numerusform>%1 و%Ln مصدرًا آخر</numerusform>
            <numerusform>%1 و%Ln مصدر آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Read, starred</source>
        <translation>مقروءة، مميَّزة بنجمة</translation>
    </message>
    <message>
        <source>Unread, starred</source>
        <translation>غير مقروءة، مميَّزة بنجمة</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>مقروءة</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير مقروءة</translation>
    </message>
</context>
<context>
    <name>ArticleNavigator</name>
    <message>
        <source>No more unread articles here</source>
        <translation>لا مزيد من المقالات غير المقروءة هنا</translation>
    </message>
</context>
<context>
    <name>ArticlePageRenderer</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>مسار التنقل</translation>
    </message>
    <message>
        <source>Also covered by %1</source>
        <translation>تغطيه أيضًا: %1</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>المزيد من هذا القبيل</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>نُشر في</translation>
    </message>
    <message>
        <source>This story was first published on %1.</source>
        <translation>نُشر هذا الخبر أولًا على %1.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>بقلم %1</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Article text</source>
        <translation>نص المقالة</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>المقالة: %1</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>no article with id %1</source>
        <translation>لا توجد مقالة بالمعرّف %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>ArticleRepository</name>
    <message>
        <source>feed %1 is not in the library</source>
        <translation>الموجز %1 ليس في المكتبة</translation>
    </message>
</context>
<context>
    <name>CategoryTreeBuilder</name>
    <message>
        <source>Unfiled</source>
        <translation>غير مصنَّف</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>%1 — last refresh failed: %2</source>
        <translation>%1 — فشل آخر تحديث: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: لا شيء غير مقروء</numerusform>
            <numerusform>%1: واحدة غير مقروءة</numerusform>
            <numerusform>%1: اثنتان غير مقروءتين</numerusform>
            <numerusform>%1: %Ln غير مقروءة</numerusform>
            <numerusform>%1: %Ln غير مقروءة</numerusform>
            <numerusform>%1: %Ln غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير المقروءة</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>لا شيء غير مقروء</numerusform>
            <numerusform>واحدة غير مقروءة</numerusform>
            <numerusform>اثنتان غير مقروءتين</numerusform>
            <numerusform>%Ln غير مقروءة</numerusform>
            <numerusform>%Ln غير مقروءة</numerusform>
            <numerusform>%Ln غير مقروءة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread, last refresh failed: %1</source>
        <translation>
            <numerusform>لا شيء غير مقروء، فشل آخر تحديث: %1</numerusform>
            <numerusform>واحدة غير مقروءة، فشل آخر تحديث: %1</numerusform>
            <numerusform>اثنتان غير مقروءتين، فشل آخر تحديث: %1</numerusform>
            <numerusform>%Ln غير مقروءة، فشل آخر تحديث: %1</numerusform>
            <numerusform>%Ln غير مقروءة، فشل آخر تحديث: %1</numerusform>
            <numerusform>%Ln غير مقروءة، فشل آخر تحديث: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>المميزة بنجمة</translation>
    </message>
    <message numerus="yes">
        <source>Every article of every feed: %n unread</source>
        <translation>
            <numerusform>كل مقالات كل الموجزات: لا مقالات غير مقروءة</numerusform>
            <numerusform>كل مقالات كل الموجزات: مقالة واحدة غير مقروءة</numerusform>
            <numerusform>كل مقالات كل الموجزات: مقالتان غير مقروءتين</numerusform>
            <numerusform>كل مقالات كل الموجزات: %Ln مقالات غير مقروءة</numerusform>
            <numerusform>كل مقالات كل الموجزات: %Ln مقالة غير مقروءة</numerusform>
            <numerusform>كل مقالات كل الموجزات: %Ln مقالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The articles you starred, also of feeds you deleted: %n</source>
        <translation>
            <numerusform>المقالات التي ميّزتها بنجمة، ومنها مقالات موجزات حذفتها: لا شيء</numerusform>
            <numerusform>المقالات التي ميّزتها بنجمة، ومنها مقالات موجزات حذفتها: مقالة واحدة</numerusform>
            <numerusform>المقالات التي ميّزتها بنجمة، ومنها مقالات موجزات حذفتها: مقالتان</numerusform>
            <numerusform>المقالات التي ميّزتها بنجمة، ومنها مقالات موجزات حذفتها: %Ln مقالات</numerusform>
            <numerusform>المقالات التي ميّزتها بنجمة، ومنها مقالات موجزات حذفتها: %Ln مقالة</numerusform>
            <numerusform>المقالات التي ميّزتها بنجمة، ومنها مقالات موجزات حذفتها: %Ln مقالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every unread article: %n</source>
        <translation>
            <numerusform>كل المقالات غير المقروءة: لا شيء</numerusform>
            <numerusform>كل المقالات غير المقروءة: مقالة واحدة</numerusform>
            <numerusform>كل المقالات غير المقروءة: مقالتان</numerusform>
            <numerusform>كل المقالات غير المقروءة: %Ln مقالات</numerusform>
            <numerusform>كل المقالات غير المقروءة: %Ln مقالة</numerusform>
            <numerusform>كل المقالات غير المقروءة: %Ln مقالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>لا مقالات مميزة بنجمة</numerusform>
            <numerusform>مقالة واحدة مميزة بنجمة</numerusform>
            <numerusform>مقالتان مميزتان بنجمة</numerusform>
            <numerusform>%Ln مقالات مميزة بنجمة</numerusform>
            <numerusform>%Ln مقالة مميزة بنجمة</numerusform>
            <numerusform>%Ln مقالة مميزة بنجمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Top Stories</source>
        <translation>أبرز الأخبار</translation>
    </message>
    <message>
        <source>The stories of the last 24 hours that several of your sources cover, one row each</source>
        <translation>أخبار آخر 24 ساعة التي تغطيها عدة مصادر من مصادرك، صف لكل خبر</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Masthead, a desktop news reader. Without a command it starts the app.
Commands: %1</source>
        <translation>Masthead، قارئ أخبار لسطح المكتب. دون أمر يبدأ التطبيق.
الأوامر: %1</translation>
    </message>
    <message>
        <source>Use &lt;dir&gt; for the library, cache and settings.</source>
        <translation>استخدام &lt;dir&gt; للمكتبة وذاكرة التخزين المؤقت والإعدادات.</translation>
    </message>
    <message>
        <source>Never open a network connection.</source>
        <translation>عدم فتح أي اتصال بالشبكة أبدًا.</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>مُخرجات قابلة للقراءة آليًا على stdout.</translation>
    </message>
    <message>
        <source>Say less on stderr.</source>
        <translation>كتابة أقل على stderr.</translation>
    </message>
    <message>
        <source>Say more on stderr.</source>
        <translation>كتابة أكثر على stderr.</translation>
    </message>
    <message>
        <source>Load the built-in sample library first.</source>
        <translation>تحميل مكتبة الأمثلة المضمَّنة أولًا.</translation>
    </message>
    <message>
        <source>If the library is damaged, move it aside as library.sqlite.corrupt-&lt;date&gt; (nothing is deleted) and start a fresh one.</source>
        <translation>إذا كانت المكتبة تالفة، تُنقل جانبًا باسم library.sqlite.corrupt-&lt;date&gt; (دون حذف أي شيء) وتُبدأ مكتبة جديدة.</translation>
    </message>
    <message>
        <source>The app: refresh every subscribed source (a window already open for the library does it).</source>
        <translation>التطبيق: تحديث كل مصدر مشترَك فيه (تتولّى ذلك نافذةٌ مفتوحة للمكتبة إن وُجدت).</translation>
    </message>
    <message>
        <source>Option of: %1.</source>
        <translation>خيار للأمر: %1.</translation>
    </message>
    <message>
        <source>A command (see above), or none for the app. The app takes feed addresses to subscribe to and OPML or feed files to import.</source>
        <translation>أمر (انظر أعلاه)، أو لا شيء لتشغيل التطبيق. يقبل التطبيق عناوين موجزات للاشتراك فيها وملفات OPML أو موجزات لاستيرادها.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see --help)</source>
        <translation>أمر غير معروف «%1» (انظر --help)</translation>
    </message>
    <message>
        <source>--refresh-all does not go with %1</source>
        <translation>لا يتوافق --refresh-all مع %1</translation>
    </message>
    <message>
        <source>--%1 does not go with %2</source>
        <translation>لا يتوافق --%1 مع %2</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>التطبيق</translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Article counts</source>
        <translation>أعداد المقالات</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), %1 unread</source>
        <translation>
            <numerusform>لا مقالات، %1 غير مقروءة</numerusform>
            <numerusform>مقالة واحدة، %1 غير مقروءة</numerusform>
            <numerusform>مقالتان، %1 غير مقروءة</numerusform>
            <numerusform>%Ln مقالات، %1 غير مقروءة</numerusform>
            <numerusform>%Ln مقالة، %1 غير مقروءة</numerusform>
            <numerusform>%Ln مقالة، %1 غير مقروءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Masthead library (not a SQLite database); it was left untouched</source>
        <translation>%1 ليست مكتبة Masthead (ليست قاعدة بيانات SQLite)؛ تُركت دون تغيير</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2); it was left untouched</source>
        <translation>المكتبة %1 تالفة (%2)؛ تُركت دون تغيير</translation>
    </message>
    <message>
        <source>no library at %1</source>
        <translation>لا توجد مكتبة في %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>يتعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>يتعذّر فتح %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2; it was left untouched</source>
        <translation>تتعذّر قراءة %1: %2؛ تُرك دون تغيير</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Masthead library; it was left untouched</source>
        <translation>%1 قاعدة بيانات لبرنامج آخر وليست مكتبة Masthead؛ تُركت دون تغيير</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Masthead (schema %2; this version knows up to %3); it was left untouched</source>
        <translation>أُنشئ %1 بإصدار أحدث من Masthead (المخطط %2؛ يعرف هذا الإصدار حتى %3)؛ تُرك دون تغيير</translation>
    </message>
    <message>
        <source>cannot open %1: this SQLite has no full-text search (FTS5)</source>
        <translation>يتعذّر فتح %1: نسخة SQLite هذه لا تدعم البحث في النص الكامل (FTS5)</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>يتعذّر نقل %1 جانبًا إلى %2</translation>
    </message>
</context>
<context>
    <name>DemoImporter</name>
    <message>
        <source>the sample library is missing from this build</source>
        <translation>مكتبة الأمثلة غير موجودة في هذا البناء</translation>
    </message>
    <message>
        <source>the sample library is not valid JSON: %1</source>
        <translation>مكتبة الأمثلة ليست JSON صالحًا: %1</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>give one URL or file</source>
        <translation>أعطِ عنوان URL واحدًا أو ملفًا واحدًا</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>لم يُجلب</translation>
    </message>
    <message>
        <source>, newest %1</source>
        <translation>، الأحدث %1</translation>
    </message>
    <message>
        <source>  feed &lt;%1&gt; %2 (%3%4)</source>
        <translation>  موجز &lt;%1&gt; %2 (%3%4)</translation>
    </message>
    <message numerus="yes">
        <source>(%n post(s))</source>
        <translation>
            <numerusform>(لا تدوينات)</numerusform>
            <numerusform>(تدوينة واحدة)</numerusform>
            <numerusform>(تدوينتان)</numerusform>
            <numerusform>(%n تدوينات)</numerusform>
            <numerusform>(%n تدوينة)</numerusform>
            <numerusform>(%n تدوينة)</numerusform>
        </translation>
    </message>
    <message>
        <source>  outline:</source>
        <translation>  المخطط:</translation>
    </message>
    <message>
        <source>  categories:</source>
        <translation>  الفئات:</translation>
    </message>
</context>
<context>
    <name>Discovered</name>
    <message>
        <source>The entry &quot;%1&quot; has no usable feed address (%2).</source>
        <translation>المدخل «%1» ليس له عنوان موجز صالح (%2).</translation>
    </message>
</context>
<context>
    <name>DiscoveryJob</name>
    <message>
        <source>Masthead is offline; %1 was not fetched.</source>
        <translation>Masthead غير متصل؛ لم يُجلب %1.</translation>
    </message>
    <message>
        <source>%1 is neither an http or https address nor a file that exists.</source>
        <translation>%1 ليس عنوان http أو https ولا ملفًا موجودًا.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>جارٍ جلب %1…</translation>
    </message>
    <message>
        <source>The page advertises %1 feeds; the first %2 were read.</source>
        <translation>تعرض الصفحة %1 موجزات؛ قُرئ أول %2 منها.</translation>
    </message>
    <message>
        <source>Reading the feeds %1 advertises…</source>
        <translation>جارٍ قراءة الموجزات التي يعرضها %1…</translation>
    </message>
    <message>
        <source>The advertised feed %1 could not be read: %2</source>
        <translation>تعذّرت قراءة الموجز المعروض %1: %2</translation>
    </message>
    <message>
        <source>%1 is advertised as a feed but is not one.</source>
        <translation>يُعرض %1 على أنه موجز لكنه ليس كذلك.</translation>
    </message>
    <message>
        <source>Reading the site&apos;s categories (page %1 of %2)…</source>
        <translation>جارٍ قراءة فئات الموقع (الصفحة %1 من %2)…</translation>
    </message>
    <message>
        <source>The site&apos;s category list could not be read (%1); its advertised feeds are offered instead.</source>
        <translation>تعذّرت قراءة قائمة فئات الموقع (%1)؛ تُعرض موجزاته المعلنة بدلًا منها.</translation>
    </message>
    <message>
        <source>Reading the site&apos;s categories…</source>
        <translation>جارٍ قراءة فئات الموقع…</translation>
    </message>
    <message>
        <source>%1 is neither a feed nor a page that links to one.</source>
        <translation>%1 ليس موجزًا ولا صفحة ترتبط بموجز.</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>جارٍ تجربة %1…</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>give one file, or - for standard input</source>
        <translation>أعطِ ملفًا واحدًا، أو - للإدخال القياسي</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 أكبر من %2 ميغابايت</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;</source>
        <translation>يقبل --header الصيغة &quot;Name: value&quot;</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>(untitled feed)</source>
        <translation>(موجز بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>لا مدخلات</numerusform>
            <numerusform>مدخل واحد</numerusform>
            <numerusform>مدخلان</numerusform>
            <numerusform>%n مدخلات</numerusform>
            <numerusform>%n مدخلًا</numerusform>
            <numerusform>%n مدخل</numerusform>
        </translation>
    </message>
    <message>
        <source>recovered: %1</source>
        <translation>ما استُعيد: %1</translation>
    </message>
</context>
<context>
    <name>FeedCommands</name>
    <message>
        <source>give one URL</source>
        <translation>أعطِ عنوان URL واحدًا</translation>
    </message>
    <message>
        <source>#%1 %2 &lt;%3&gt; in %4</source>
        <translation>#%1 %2 &lt;%3&gt; في %4</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(بلا فئة)</translation>
    </message>
    <message>
        <source>give one feed id</source>
        <translation>أعطِ معرّف موجز واحدًا</translation>
    </message>
    <message>
        <source>no feed with id %1</source>
        <translation>لا يوجد موجز بالمعرّف %1</translation>
    </message>
    <message>
        <source>Unsubscribed from %1; starred articles were kept</source>
        <translation>أُلغي الاشتراك في %1؛ احتُفظ بالمقالات المميَّزة بنجمة</translation>
    </message>
    <message>
        <source>%1 is not a feed id</source>
        <translation>%1 ليس معرّف موجز</translation>
    </message>
    <message>
        <source>%1/%2 feeds, %3 bytes</source>
        <translation>%1/%2 موجزات، %3 بايت</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2; the feed&apos;s text is kept</source>
        <translation>%1: %2؛ احتُفظ بنص الموجز</translation>
    </message>
    <message>
        <source>%1 feeds: %2 fetched, %3 unchanged, %4 failed; %5 new and %6 updated articles</source>
        <translation>%1 موجزات: جُلب %2، ولم يتغيّر %3، وفشل %4؛ %5 مقالات جديدة و%6 محدَّثة</translation>
    </message>
    <message>
        <source>no source could be reached</source>
        <translation>تعذّر الوصول إلى أي مصدر</translation>
    </message>
    <message>
        <source>give one OPML file</source>
        <translation>أعطِ ملف OPML واحدًا</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 feeds in %2 categories</source>
        <translation>استُورد %1 موجزات في %2 فئات</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
</context>
<context>
    <name>FeedController</name>
    <message>
        <source>Refresh progress</source>
        <translation>تقدّم التحديث</translation>
    </message>
    <message>
        <source>%1 of %2 feeds</source>
        <translation>%1 من %2 موجزات</translation>
    </message>
    <message>
        <source>Add Feed</source>
        <translation>إضافة موجز</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %n feed(s)</source>
        <translation>
            <numerusform>لم يُشترك في أي موجز</numerusform>
            <numerusform>اشتُرك في موجز واحد</numerusform>
            <numerusform>اشتُرك في موجزين</numerusform>
            <numerusform>اشتُرك في %Ln موجزات</numerusform>
            <numerusform>اشتُرك في %Ln موجزًا</numerusform>
            <numerusform>اشتُرك في %Ln موجز</numerusform>
        </translation>
    </message>
    <message>
        <source>The network is down: working offline</source>
        <translation>الشبكة منقطعة: العمل دون اتصال</translation>
    </message>
    <message>
        <source>The network is back</source>
        <translation>عادت الشبكة</translation>
    </message>
    <message>
        <source>Offline: everything stored stays readable; nothing is fetched</source>
        <translation>دون اتصال: يبقى كل ما هو مخزَّن مقروءًا؛ لا يُجلب شيء</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline: refresh is paused</source>
        <translation>دون اتصال: التحديث متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Nothing to refresh now: the sources asked to wait</source>
        <translation>لا شيء للتحديث الآن: طلبت المصادر الانتظار</translation>
    </message>
    <message>
        <source>Queued: starts when the running refresh ends</source>
        <translation>في قائمة الانتظار: يبدأ عند انتهاء التحديث الجاري</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>لا مقالات جديدة</numerusform>
            <numerusform>مقالة جديدة واحدة</numerusform>
            <numerusform>مقالتان جديدتان</numerusform>
            <numerusform>%Ln مقالات جديدة</numerusform>
            <numerusform>%Ln مقالة جديدة</numerusform>
            <numerusform>%Ln مقالة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed; see the tree for why</source>
        <translation>
            <numerusform>لم يفشل أي موجز</numerusform>
            <numerusform>فشل موجز واحد؛ السبب في الشجرة</numerusform>
            <numerusform>فشل موجزان؛ السبب في الشجرة</numerusform>
            <numerusform>فشلت %Ln موجزات؛ السبب في الشجرة</numerusform>
            <numerusform>فشل %Ln موجزًا؛ السبب في الشجرة</numerusform>
            <numerusform>فشل %Ln موجز؛ السبب في الشجرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article page(s) could not be read; their feed text is kept</source>
        <translation>
            <numerusform>لا صفحات تعذّرت قراءتها</numerusform>
            <numerusform>تعذّرت قراءة صفحة مقالة واحدة؛ احتُفظ بنص الموجز</numerusform>
            <numerusform>تعذّرت قراءة صفحتي مقالتين؛ احتُفظ بنص الموجز</numerusform>
            <numerusform>تعذّرت قراءة %Ln صفحات مقالات؛ احتُفظ بنص الموجز</numerusform>
            <numerusform>تعذّرت قراءة %Ln صفحة مقالة؛ احتُفظ بنص الموجز</numerusform>
            <numerusform>تعذّرت قراءة %Ln صفحة مقالة؛ احتُفظ بنص الموجز</numerusform>
        </translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>استيراد OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>ملفات OPML (*.opml *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>تصدير OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>ملفات OPML (*.opml)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Saving for offline reading</source>
        <translation>جارٍ الحفظ للقراءة دون اتصال</translation>
    </message>
    <message>
        <source>Saving article pages and images for offline reading</source>
        <translation>جارٍ حفظ صفحات المقالات وصورها للقراءة دون اتصال</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) · saving pages and images for offline reading</source>
        <translation>
            <numerusform>لا مقالات جديدة · جارٍ حفظ الصفحات والصور للقراءة دون اتصال</numerusform>
            <numerusform>مقالة جديدة واحدة · جارٍ حفظ الصفحات والصور للقراءة دون اتصال</numerusform>
            <numerusform>مقالتان جديدتان · جارٍ حفظ الصفحات والصور للقراءة دون اتصال</numerusform>
            <numerusform>%Ln مقالات جديدة · جارٍ حفظ الصفحات والصور للقراءة دون اتصال</numerusform>
            <numerusform>%Ln مقالة جديدة · جارٍ حفظ الصفحات والصور للقراءة دون اتصال</numerusform>
            <numerusform>%Ln مقالة جديدة · جارٍ حفظ الصفحات والصور للقراءة دون اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>خصائص الموجز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>عنوان الموجز</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>عنوان ال&amp;موجز:</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>موقع الويب</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>موقع ال&amp;ويب:</translation>
    </message>
    <message>
        <source>Automatic: when the feed carries only a summary</source>
        <translation>تلقائي: عندما يحمل الموجز ملخصًا فقط</translation>
    </message>
    <message>
        <source>Always fetch the article&apos;s page</source>
        <translation>جلب صفحة المقالة دائمًا</translation>
    </message>
    <message>
        <source>Never: keep the feed&apos;s text</source>
        <translation>أبدًا: الاحتفاظ بنص الموجز</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>النص الكامل</translation>
    </message>
    <message>
        <source>&amp;Full text:</source>
        <translation>النص ال&amp;كامل:</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>فترة التحديث</translation>
    </message>
    <message>
        <source>Refreshed:</source>
        <translation>التحديث:</translation>
    </message>
    <message>
        <source>Last fetch</source>
        <translation>آخر جلب</translation>
    </message>
    <message>
        <source>Last fetch:</source>
        <translation>آخر جلب:</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>آخر خطأ:</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>المقالات:</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>المخزَّن</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>المخزَّن:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>At most every %n minute(s), as the feed asks</source>
        <translation>
            <numerusform>كل %Ln دقيقة على الأكثر، كما يطلب الموجز</numerusform>
            <numerusform>مرة كل دقيقة على الأكثر، كما يطلب الموجز</numerusform>
            <numerusform>مرة كل دقيقتين على الأكثر، كما يطلب الموجز</numerusform>
            <numerusform>مرة كل %Ln دقائق على الأكثر، كما يطلب الموجز</numerusform>
            <numerusform>مرة كل %Ln دقيقة على الأكثر، كما يطلب الموجز</numerusform>
            <numerusform>مرة كل %Ln دقيقة على الأكثر، كما يطلب الموجز</numerusform>
        </translation>
    </message>
    <message>
        <source>As in Settings</source>
        <translation>كما في الإعدادات</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>التحديث كل</translation>
    </message>
    <message>
        <source>Automatic follows Settings and what the feed asks for (its ttl, update period or cache hints); minutes refresh this feed that often</source>
        <translation>«تلقائي» يتبع الإعدادات وما يطلبه الموجز (مدة صلاحيته أو فترة تحديثه أو تلميحات التخزين المؤقت)؛ وبالدقائق يُحدَّث هذا الموجز بهذا التواتر</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>ال&amp;تحديث كل:</translation>
    </message>
</context>
<context>
    <name>FetchJob</name>
    <message numerus="yes">
        <source>The download from %1 took longer than %n second(s).</source>
        <translation>
            <numerusform>استغرق التنزيل من %1 أكثر من %n ثانية.</numerusform>
            <numerusform>استغرق التنزيل من %1 أكثر من ثانية واحدة.</numerusform>
            <numerusform>استغرق التنزيل من %1 أكثر من ثانيتين.</numerusform>
            <numerusform>استغرق التنزيل من %1 أكثر من %n ثوانٍ.</numerusform>
            <numerusform>استغرق التنزيل من %1 أكثر من %n ثانية.</numerusform>
            <numerusform>استغرق التنزيل من %1 أكثر من %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 (%2) is larger than the limit of %3.</source>
        <translation>الملف %1 (%2) أكبر من الحد المسموح %3.</translation>
    </message>
    <message>
        <source>%1 announced %2, more than the limit of %3.</source>
        <translation>أعلن %1 عن %2، وهو أكثر من الحد المسموح %3.</translation>
    </message>
    <message>
        <source>The download from %1 is larger than the limit of %2.</source>
        <translation>التنزيل من %1 أكبر من الحد المسموح %2.</translation>
    </message>
    <message>
        <source>%1 redirected to an address Masthead does not follow: %2</source>
        <translation>أعاد %1 التوجيه إلى عنوان لا يتبعه Masthead: %2</translation>
    </message>
    <message>
        <source>%1 redirects in a loop (back to %2).</source>
        <translation>يعيد %1 التوجيه في حلقة (عائدًا إلى %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 redirected more than %n time(s).</source>
        <translation>
            <numerusform>أعاد %1 التوجيه أكثر من %n مرة.</numerusform>
            <numerusform>أعاد %1 التوجيه أكثر من مرة واحدة.</numerusform>
            <numerusform>أعاد %1 التوجيه أكثر من مرتين.</numerusform>
            <numerusform>أعاد %1 التوجيه أكثر من %n مرات.</numerusform>
            <numerusform>أعاد %1 التوجيه أكثر من %n مرة.</numerusform>
            <numerusform>أعاد %1 التوجيه أكثر من %n مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 says this address is gone for good (HTTP 410).</source>
        <translation>يقول %1 إن هذا العنوان أُزيل نهائيًا (HTTP 410).</translation>
    </message>
    <message>
        <source>%1 has nothing at this address (HTTP 404 Not Found).</source>
        <translation>لا يوجد لدى %1 شيء على هذا العنوان (HTTP 404 Not Found).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy and asks to retry in %n second(s) (HTTP %2).</source>
        <translation>
            <numerusform>%1 مشغول ويطلب إعادة المحاولة بعد %n ثانية (HTTP %2).</numerusform>
            <numerusform>%1 مشغول ويطلب إعادة المحاولة بعد ثانية واحدة (HTTP %2).</numerusform>
            <numerusform>%1 مشغول ويطلب إعادة المحاولة بعد ثانيتين (HTTP %2).</numerusform>
            <numerusform>%1 مشغول ويطلب إعادة المحاولة بعد %n ثوانٍ (HTTP %2).</numerusform>
            <numerusform>%1 مشغول ويطلب إعادة المحاولة بعد %n ثانية (HTTP %2).</numerusform>
            <numerusform>%1 مشغول ويطلب إعادة المحاولة بعد %n ثانية (HTTP %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is busy (HTTP %2).</source>
        <translation>%1 مشغول (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>أجاب %1 بـ HTTP %2 %3.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة الملف %1: %2</translation>
    </message>
    <message>
        <source>Could not make a secure connection to %1: %2</source>
        <translation>تعذّر إنشاء اتصال آمن بـ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s).</source>
        <translation>
            <numerusform>لم يرسل %1 شيئًا خلال %n ثانية.</numerusform>
            <numerusform>لم يرسل %1 شيئًا خلال ثانية واحدة.</numerusform>
            <numerusform>لم يرسل %1 شيئًا خلال ثانيتين.</numerusform>
            <numerusform>لم يرسل %1 شيئًا خلال %n ثوانٍ.</numerusform>
            <numerusform>لم يرسل %1 شيئًا خلال %n ثانية.</numerusform>
            <numerusform>لم يرسل %1 شيئًا خلال %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find the server %1 (DNS lookup failed).</source>
        <translation>تعذّر العثور على الخادم %1 (فشل البحث في DNS).</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>رفض %1 الاتصال.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>أغلق %1 الاتصال قبل أن يجيب.</translation>
    </message>
    <message>
        <source>Masthead cannot fetch %1 addresses.</source>
        <translation>لا يستطيع Masthead جلب عناوين %1.</translation>
    </message>
    <message>
        <source>Could not fetch from %1: %2</source>
        <translation>تعذّر الجلب من %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 asked Masthead to wait; retry in %n second(s).</source>
        <translation>
            <numerusform>طلب %1 من Masthead الانتظار؛ إعادة المحاولة بعد %n ثانية.</numerusform>
            <numerusform>طلب %1 من Masthead الانتظار؛ إعادة المحاولة بعد ثانية واحدة.</numerusform>
            <numerusform>طلب %1 من Masthead الانتظار؛ إعادة المحاولة بعد ثانيتين.</numerusform>
            <numerusform>طلب %1 من Masthead الانتظار؛ إعادة المحاولة بعد %n ثوانٍ.</numerusform>
            <numerusform>طلب %1 من Masthead الانتظار؛ إعادة المحاولة بعد %n ثانية.</numerusform>
            <numerusform>طلب %1 من Masthead الانتظار؛ إعادة المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Masthead stopped waiting for %1: the time for this download ran out.</source>
        <translation>توقف Masthead عن انتظار %1: انتهى الوقت المخصص لهذا التنزيل.</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>أُلغي التنزيل.</translation>
    </message>
    <message>
        <source>Masthead cannot fetch this address: %1</source>
        <translation>لا يستطيع Masthead جلب هذا العنوان: %1</translation>
    </message>
    <message>
        <source>Masthead is offline.</source>
        <translation>Masthead غير متصل.</translation>
    </message>
    <message>
        <source>Masthead went offline.</source>
        <translation>انقطع اتصال Masthead.</translation>
    </message>
    <message>
        <source>The time for this download ran out before it could start.</source>
        <translation>انتهى الوقت المخصص لهذا التنزيل قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>%1 could not be reached a moment ago; skipped for now.</source>
        <translation>تعذّر الوصول إلى %1 قبل لحظات؛ تُخطّي الآن.</translation>
    </message>
</context>
<context>
    <name>GReaderClient</name>
    <message>
        <source>%1 answered with a web page instead of a login token; check the address (and that the API is switched on)</source>
        <translation>أجاب %1 بصفحة ويب بدلًا من رمز تسجيل الدخول؛ تحقّق من العنوان (ومن أن الواجهة البرمجية مفعَّلة)</translation>
    </message>
    <message>
        <source>the server&apos;s login answer had no Auth token</source>
        <translation>لم تتضمّن استجابة تسجيل الدخول من الخادم رمز Auth</translation>
    </message>
    <message>
        <source>the server gave no edit token</source>
        <translation>لم يُعطِ الخادم رمز تحرير</translation>
    </message>
    <message>
        <source>the server&apos;s list of subscriptions is not a list</source>
        <translation>قائمة الاشتراكات من الخادم ليست قائمة</translation>
    </message>
    <message>
        <source>an item has an id in neither form: %1</source>
        <translation>لأحد العناصر معرّف ليس بأيٍّ من الصيغتين: %1</translation>
    </message>
    <message>
        <source>the server did not take the change (it answered %1)</source>
        <translation>لم يقبل الخادم التغيير (أجاب بـ %1)</translation>
    </message>
    <message>
        <source>the server did not subscribe to %1 (it answered %2)</source>
        <translation>لم يشترك الخادم في %1 (أجاب بـ %2)</translation>
    </message>
    <message>
        <source>the server did not unsubscribe (it answered %1)</source>
        <translation>لم يُلغِ الخادم الاشتراك (أجاب بـ %1)</translation>
    </message>
</context>
<context>
    <name>IsolatedPageText</name>
    <message>
        <source>Masthead is closing</source>
        <translation>جارٍ إغلاق Masthead</translation>
    </message>
    <message>
        <source>the article extractor stopped on this page</source>
        <translation>توقّف مستخرج المقالات عند هذه الصفحة</translation>
    </message>
    <message>
        <source>the article extractor could not be started</source>
        <translation>تعذّر تشغيل مستخرج المقالات</translation>
    </message>
    <message>
        <source>the article extractor answered with garbage</source>
        <translation>أجاب مستخرج المقالات ببيانات غير مفهومة</translation>
    </message>
    <message>
        <source>reading the page took longer than %1 s</source>
        <translation>استغرقت قراءة الصفحة أكثر من %1 ث</translation>
    </message>
</context>
<context>
    <name>KeychainCredentials</name>
    <message>
        <source>the desktop keyring did not answer</source>
        <translation>لم تستجب حلقة مفاتيح سطح المكتب</translation>
    </message>
    <message>
        <source>no desktop keyring is available (%1)</source>
        <translation>لا تتوفر حلقة مفاتيح لسطح المكتب (%1)</translation>
    </message>
    <message>
        <source>this build of Masthead has no keyring support (QtKeychain)</source>
        <translation>لا يدعم هذا البناء من Masthead حلقة المفاتيح (QtKeychain)</translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>%1: not a feed address or file (http, https, feed and file addresses are)</source>
        <translation>%1: ليس عنوان موجز ولا ملفًا (العناوين المقبولة: http وhttps وfeed وfile)</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>Library:     %1</source>
        <translation>المكتبة:      %1</translation>
    </message>
    <message>
        <source>Feeds:       %1</source>
        <translation>الموجزات:     %1</translation>
    </message>
    <message>
        <source>Categories:  %1</source>
        <translation>الفئات:       %1</translation>
    </message>
    <message>
        <source>Articles:    %1 (%2 unread, %3 starred)</source>
        <translation>المقالات:     %1 (%2 غير مقروءة، %3 مميَّزة بنجمة)</translation>
    </message>
    <message>
        <source>Database:    %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Image cache: %1 in %2 images</source>
        <translation>ذاكرة الصور:  %1 في %2 صورة</translation>
    </message>
    <message>
        <source>give one category path, e.g. &quot;News/World&quot;</source>
        <translation>أعطِ مسار فئة واحدًا، مثل &quot;أخبار/العالم&quot;</translation>
    </message>
    <message>
        <source>no category %1</source>
        <translation>لا توجد فئة %1</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>اشتُرك في %1</translation>
    </message>
    <message>
        <source>Unsubscribed from %1</source>
        <translation>أُلغي الاشتراك في %1</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation>يقبل --limit عددًا موجبًا</translation>
    </message>
    <message>
        <source>give one article id</source>
        <translation>أعطِ معرّف مقالة واحدًا</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>لا توجد مقالة بالمعرّف %1</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>نُشر في %1</translation>
    </message>
    <message>
        <source>give words to search for</source>
        <translation>أعطِ كلمات للبحث عنها</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>لا توجد مقالات مطابقة.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>تتعذّر قراءة الإدخال القياسي</translation>
    </message>
    <message>
        <source>give article ids, --link URLs, or -</source>
        <translation>أعطِ معرّفات مقالات، أو عناوين --link، أو -</translation>
    </message>
    <message>
        <source>%1 is not an article id</source>
        <translation>%1 ليس معرّف مقالة</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1: غير موجود</translation>
    </message>
    <message>
        <source>none of the articles was found</source>
        <translation>لم يُعثر على أي من المقالات</translation>
    </message>
    <message>
        <source>Removed %1 articles and %2 cache files; the library went from %3 to %4</source>
        <translation>أُزيلت %1 مقالة و%2 ملف من ذاكرة التخزين المؤقت؛ تغيّر حجم المكتبة من %3 إلى %4</translation>
    </message>
    <message numerus="yes">
        <source>indexing %n article(s) first</source>
        <translation>
            <numerusform>لا مقالات تحتاج إلى فهرسة</numerusform>
            <numerusform>تُفهرس مقالة واحدة أولًا</numerusform>
            <numerusform>تُفهرس مقالتان أولًا</numerusform>
            <numerusform>تُفهرس %n مقالات أولًا</numerusform>
            <numerusform>تُفهرس %n مقالة أولًا</numerusform>
            <numerusform>تُفهرس %n مقالة أولًا</numerusform>
        </translation>
    </message>
    <message>
        <source>only articles indexed so far are used: %1</source>
        <translation>تُستخدم فقط المقالات المفهرسة حتى الآن: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) still waiting to be indexed are not in these results (--wait-for-index waits for them)</source>
        <translation>
            <numerusform>لا مقالات تنتظر الفهرسة</numerusform>
            <numerusform>مقالة واحدة ما زالت تنتظر الفهرسة ليست في هذه النتائج (ينتظرها --wait-for-index)</numerusform>
            <numerusform>مقالتان ما زالتا تنتظران الفهرسة ليستا في هذه النتائج (ينتظرهما --wait-for-index)</numerusform>
            <numerusform>%n مقالات ما زالت تنتظر الفهرسة ليست في هذه النتائج (ينتظرها --wait-for-index)</numerusform>
            <numerusform>%n مقالة ما زالت تنتظر الفهرسة ليست في هذه النتائج (ينتظرها --wait-for-index)</numerusform>
            <numerusform>%n مقالة ما زالت تنتظر الفهرسة ليست في هذه النتائج (ينتظرها --wait-for-index)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryReader</name>
    <message>
        <source>no article with id %1</source>
        <translation>لا توجد مقالة بالمعرّف %1</translation>
    </message>
</context>
<context>
    <name>LibrarySteps</name>
    <message>
        <source>the library did not run the step</source>
        <translation>لم تنفّذ المكتبة الخطوة</translation>
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
        <translation>مكتبتك فارغة</translation>
    </message>
    <message>
        <source>Your library is empty.</source>
        <translation>مكتبتك فارغة.</translation>
    </message>
    <message>
        <source>&amp;Add a Subscription…</source>
        <translation>إ&amp;ضافة اشتراك…</translation>
    </message>
    <message>
        <source>Add a subscription</source>
        <translation>إضافة اشتراك</translation>
    </message>
    <message>
        <source>Load &amp;Sample Library</source>
        <translation>تحميل مكتبة الأ&amp;مثلة</translation>
    </message>
    <message>
        <source>Load the sample library</source>
        <translation>تحميل مكتبة الأمثلة</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>م&amp;قالة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Add the built-in sample categories, feeds and articles</source>
        <translation>إضافة فئات الأمثلة وموجزاتها ومقالاتها المضمَّنة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>غير المقروءة &amp;فقط</translation>
    </message>
    <message>
        <source>Show only unread articles</source>
        <translation>عرض المقالات غير المقروءة فقط</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Group Same Story</source>
        <translation>&amp;جمع الخبر الواحد</translation>
    </message>
    <message>
        <source>Show a story that several sources cover as one row</source>
        <translation>عرض الخبر الذي تغطيه عدة مصادر في صف واحد</translation>
    </message>
    <message>
        <source>Reading a Story Marks Other &amp;Sources Read</source>
        <translation>قراءة خبر تجعل ال&amp;مصادر الأخرى مقروءة</translation>
    </message>
    <message>
        <source>When you read one source&apos;s article, mark the other sources&apos; articles about the same story read</source>
        <translation>عند قراءة مقالة من مصدر، تُعلَّم مقالات المصادر الأخرى عن الخبر نفسه مقروءة</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>إعادة ال&amp;قراءة</translation>
    </message>
    <message>
        <source>Read the library again</source>
        <translation>قراءة المكتبة من جديد</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Refresh Feeds</source>
        <translation>&amp;تحديث الموجزات</translation>
    </message>
    <message>
        <source>Fetch new articles from every subscribed category</source>
        <translation>جلب المقالات الجديدة من كل فئة مشترَك فيها</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Subscribe to a feed, a website or a WordPress site</source>
        <translation>الاشتراك في موجز أو موقع ويب أو موقع WordPress</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>العمل &amp;دون اتصال</translation>
    </message>
    <message>
        <source>Fetch nothing; read what is stored</source>
        <translation>لا يُجلب شيء؛ قراءة ما هو مخزَّن</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;استيراد OPML…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>ت&amp;صدير OPML…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>غير المقروءة ال&amp;تالية</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Mark &amp;Read/Unread</source>
        <translation>تعليم كمقروءة/غير م&amp;قروءة</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>تمييز ب&amp;نجمة</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>فتح في المت&amp;صفح</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;About Masthead</source>
        <translation>&amp;عن Masthead</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read — Edit ▸ Undo (Ctrl+Z) takes it back</source>
        <translation>
            <numerusform>لم تُعلَّم أي مقالة مقروءة</numerusform>
            <numerusform>عُلِّمت مقالة واحدة مقروءة — تحرير ▸ تراجع (Ctrl+Z) يعيدها</numerusform>
            <numerusform>عُلِّمت مقالتان مقروءتين — تحرير ▸ تراجع (Ctrl+Z) يعيدهما</numerusform>
            <numerusform>عُلِّمت %Ln مقالات مقروءة — تحرير ▸ تراجع (Ctrl+Z) يعيدها</numerusform>
            <numerusform>عُلِّمت %Ln مقالة مقروءة — تحرير ▸ تراجع (Ctrl+Z) يعيدها</numerusform>
            <numerusform>عُلِّمت %Ln مقالة مقروءة — تحرير ▸ تراجع (Ctrl+Z) يعيدها</numerusform>
        </translation>
    </message>
    <message>
        <source>Star or unstar the article</source>
        <translation>تمييز المقالة بنجمة أو إزالة النجمة</translation>
    </message>
    <message>
        <source>Mark the article read or unread</source>
        <translation>تعليم المقالة مقروءة أو غير مقروءة</translation>
    </message>
    <message>
        <source>Scroll the article, then go to the next unread one</source>
        <translation>تمرير المقالة، ثم الانتقال إلى غير المقروءة التالية</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Search every article</source>
        <translation>البحث في كل المقالات</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Refresh, reading, storage and network settings</source>
        <translation>إعدادات التحديث والقراءة والتخزين والشبكة</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;نسخ الرابط</translation>
    </message>
    <message>
        <source>Copy the article&apos;s web address</source>
        <translation>نسخ عنوان المقالة على الويب</translation>
    </message>
    <message>
        <source>S&amp;tarred Only</source>
        <translation>المميَّزة ب&amp;نجمة فقط</translation>
    </message>
    <message>
        <source>Show only starred articles</source>
        <translation>عرض المقالات المميَّزة بنجمة فقط</translation>
    </message>
    <message>
        <source>Ne&amp;xt Article</source>
        <translation>المقالة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Go to the next article</source>
        <translation>الانتقال إلى المقالة التالية</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>المقالة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Go to the previous article</source>
        <translation>الانتقال إلى المقالة السابقة</translation>
    </message>
    <message>
        <source>Mark &amp;All Read</source>
        <translation>تعليم ال&amp;كل مقروءًا</translation>
    </message>
    <message>
        <source>Mark every article of the selected category read</source>
        <translation>تعليم كل مقالات الفئة المحددة مقروءة</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>تحديث ال&amp;محدَّد</translation>
    </message>
    <message>
        <source>Fetch the selected feed or category now</source>
        <translation>جلب الموجز أو الفئة المحددة الآن</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About Masthead</source>
        <translation>عن Masthead</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;A fast, offline-first desktop news reader.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;قارئ أخبار سريع لسطح المكتب يعمل دون اتصال أولًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>لا توجد مقالة تطابق «%1».</translation>
    </message>
    <message>
        <source>No articles here</source>
        <translation>لا توجد مقالات هنا</translation>
    </message>
    <message>
        <source>Load the sample library or add a feed to start reading.</source>
        <translation>حمّل مكتبة الأمثلة أو أضف موجزًا لتبدأ القراءة.</translation>
    </message>
    <message>
        <source>Pick another category, or show read articles too.</source>
        <translation>اختر فئة أخرى، أو اعرض المقالات المقروءة أيضًا.</translation>
    </message>
    <message>
        <source>No feeds to refresh here</source>
        <translation>لا توجد موجزات لتحديثها هنا</translation>
    </message>
    <message>
        <source>Sample library</source>
        <translation>مكتبة الأمثلة</translation>
    </message>
    <message numerus="yes">
        <source>Sample library loaded: %n article(s) added</source>
        <translation>
            <numerusform>حُمّلت مكتبة الأمثلة: لم تُضف أي مقالة</numerusform>
            <numerusform>حُمّلت مكتبة الأمثلة: أُضيفت مقالة واحدة</numerusform>
            <numerusform>حُمّلت مكتبة الأمثلة: أُضيفت مقالتان</numerusform>
            <numerusform>حُمّلت مكتبة الأمثلة: أُضيفت %Ln مقالات</numerusform>
            <numerusform>حُمّلت مكتبة الأمثلة: أُضيفت %Ln مقالة</numerusform>
            <numerusform>حُمّلت مكتبة الأمثلة: أُضيفت %Ln مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>مزيد من إجراءات شريط الأدوات</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>ا&amp;شتراك…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Take back the last Mark All Read or delete from the tree</source>
        <translation>التراجع عن آخر «تعليم الكل مقروءًا» أو آخر حذف من الشجرة</translation>
    </message>
</context>
<context>
    <name>Masthead</name>
    <message>
        <source>the damaged library was moved to %1; a fresh library was started</source>
        <translation>نُقلت المكتبة التالفة إلى %1؛ بُدئت مكتبة جديدة</translation>
    </message>
    <message>
        <source>; run again with --reset-corrupt-library to move it aside (nothing is deleted) and start a fresh library</source>
        <translation>؛ شغّل البرنامج مجددًا مع --reset-corrupt-library لنقلها جانبًا (دون حذف أي شيء) وبدء مكتبة جديدة</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>غير متاح بعد</translation>
    </message>
    <message>
        <source>this build has no desktop app; give a command (see --help)</source>
        <translation>لا يحتوي هذا البناء على تطبيق سطح المكتب؛ أعطِ أمرًا (انظر --help)</translation>
    </message>
    <message>
        <source>no display to show the window on; run it in a desktop session, or use a command (see --help)</source>
        <translation>لا توجد شاشة لعرض النافذة عليها؛ شغّله في جلسة سطح مكتب، أو استخدم أمرًا (انظر --help)</translation>
    </message>
    <message>
        <source>Masthead</source>
        <translation>Masthead</translation>
    </message>
    <message>
        <source>The library is damaged and cannot be opened.

%1

Move it aside and start a fresh, empty library? The damaged file is kept beside it as library.sqlite.corrupt-&lt;date&gt;; nothing is deleted.</source>
        <translation>المكتبة تالفة ولا يمكن فتحها.

%1

هل تريد نقلها جانبًا وبدء مكتبة جديدة فارغة؟ يُحتفظ بالملف التالف بجوارها باسم library.sqlite.corrupt-&lt;date&gt;؛ لا يُحذف شيء.</translation>
    </message>
    <message>
        <source>The damaged library was moved to %1.</source>
        <translation>نُقلت المكتبة التالفة إلى %1.</translation>
    </message>
    <message>
        <source>The library could not be opened.

%1</source>
        <translation>تعذّر فتح المكتبة.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Indexing for search: %n article(s) left</source>
        <translation>
            <numerusform>الفهرسة للبحث: لم تبقَ مقالات</numerusform>
            <numerusform>الفهرسة للبحث: بقيت مقالة واحدة</numerusform>
            <numerusform>الفهرسة للبحث: بقيت مقالتان</numerusform>
            <numerusform>الفهرسة للبحث: بقيت %Ln مقالات</numerusform>
            <numerusform>الفهرسة للبحث: بقيت %Ln مقالة</numerusform>
            <numerusform>الفهرسة للبحث: بقيت %Ln مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing for search stopped: %1</source>
        <translation>توقفت الفهرسة للبحث: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>the library was created by a newer version of Masthead (schema %1; this version knows up to %2); it was left untouched</source>
        <translation>أُنشئت المكتبة بإصدار أحدث من Masthead (المخطط %1؛ يعرف هذا الإصدار حتى %2)؛ تُركت دون تغيير</translation>
    </message>
    <message>
        <source>could not upgrade the library to schema %1 (%2): %3</source>
        <translation>تعذّرت ترقية المكتبة إلى المخطط %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>OverviewDialogs</name>
    <message>
        <source>Feeds With &amp;Problems…</source>
        <translation>موجزات بها م&amp;شكلات…</translation>
    </message>
    <message>
        <source>List the feeds whose last refresh failed, with their errors</source>
        <translation>عرض الموجزات التي فشل آخر تحديث لها، مع أخطائها</translation>
    </message>
    <message>
        <source>&amp;Top Stories…</source>
        <translation>أ&amp;برز الأخبار…</translation>
    </message>
    <message>
        <source>The stories of the last 24 hours that several of your sources cover</source>
        <translation>أخبار آخر 24 ساعة التي تغطيها عدة مصادر من مصادرك</translation>
    </message>
</context>
<context>
    <name>PaneController</name>
    <message>
        <source>Load Remote &amp;Images</source>
        <translation>تحميل ال&amp;صور البعيدة</translation>
    </message>
    <message>
        <source>Load this article&apos;s images that are not stored offline from the web</source>
        <translation>تحميل صور هذه المقالة غير المخزَّنة دون اتصال من الويب</translation>
    </message>
    <message>
        <source>This article cannot be shown</source>
        <translation>لا يمكن عرض هذه المقالة</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not stored offline, loaded from the web</source>
        <translation>
            <numerusform>لا صور غير مخزَّنة</numerusform>
            <numerusform>صورة واحدة غير مخزَّنة دون اتصال، حُمّلت من الويب</numerusform>
            <numerusform>صورتان غير مخزَّنتين دون اتصال، حُمّلتا من الويب</numerusform>
            <numerusform>%Ln صور غير مخزَّنة دون اتصال، حُمّلت من الويب</numerusform>
            <numerusform>%Ln صورة غير مخزَّنة دون اتصال، حُمّلت من الويب</numerusform>
            <numerusform>%Ln صورة غير مخزَّنة دون اتصال، حُمّلت من الويب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not stored offline — View ▸ Load Remote Images</source>
        <translation>
            <numerusform>لا صور غير مخزَّنة</numerusform>
            <numerusform>صورة واحدة غير مخزَّنة دون اتصال — عرض ▸ تحميل الصور البعيدة</numerusform>
            <numerusform>صورتان غير مخزَّنتين دون اتصال — عرض ▸ تحميل الصور البعيدة</numerusform>
            <numerusform>%Ln صور غير مخزَّنة دون اتصال — عرض ▸ تحميل الصور البعيدة</numerusform>
            <numerusform>%Ln صورة غير مخزَّنة دون اتصال — عرض ▸ تحميل الصور البعيدة</numerusform>
            <numerusform>%Ln صورة غير مخزَّنة دون اتصال — عرض ▸ تحميل الصور البعيدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not stored offline</source>
        <translation>
            <numerusform>لا صور غير مخزَّنة</numerusform>
            <numerusform>صورة واحدة غير مخزَّنة دون اتصال</numerusform>
            <numerusform>صورتان غير مخزَّنتين دون اتصال</numerusform>
            <numerusform>%Ln صور غير مخزَّنة دون اتصال</numerusform>
            <numerusform>%Ln صورة غير مخزَّنة دون اتصال</numerusform>
            <numerusform>%Ln صورة غير مخزَّنة دون اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemFeedsDialog</name>
    <message>
        <source>Feeds With Problems</source>
        <translation>موجزات بها مشكلات</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Feeds whose last refresh failed</source>
        <translation>الموجزات التي فشل آخر تحديث لها</translation>
    </message>
    <message>
        <source>&amp;Go to Feed</source>
        <translation>الانتقال إلى ال&amp;موجز</translation>
    </message>
    <message>
        <source>Go to the feed</source>
        <translation>الانتقال إلى الموجز</translation>
    </message>
    <message>
        <source>&amp;Refresh These</source>
        <translation>&amp;تحديث هذه</translation>
    </message>
    <message>
        <source>Refresh these feeds</source>
        <translation>تحديث هذه الموجزات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Every feed refreshed without a problem last time.</source>
        <translation>حُدّث كل موجز دون مشكلات في المرة الأخيرة.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed at their last refresh.</source>
        <translation>
            <numerusform>لم يفشل أي موجز في آخر تحديث.</numerusform>
            <numerusform>فشل موجز واحد في آخر تحديث.</numerusform>
            <numerusform>فشل موجزان في آخر تحديث.</numerusform>
            <numerusform>فشلت %Ln موجزات في آخر تحديث.</numerusform>
            <numerusform>فشل %Ln موجزًا في آخر تحديث.</numerusform>
            <numerusform>فشل %Ln موجز في آخر تحديث.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ReadMarks</name>
    <message>
        <source>Mark All Read</source>
        <translation>تعليم الكل مقروءًا</translation>
    </message>
</context>
<context>
    <name>RefreshScheduler</name>
    <message>
        <source>Automatic refresh is paused while offline</source>
        <translation>التحديث التلقائي متوقف مؤقتًا أثناء انقطاع الاتصال</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>جارٍ التحديث</translation>
    </message>
    <message>
        <source>No refresh planned</source>
        <translation>لا يوجد تحديث مخطَّط</translation>
    </message>
    <message>
        <source>Automatic refresh has not started</source>
        <translation>لم يبدأ التحديث التلقائي بعد</translation>
    </message>
    <message>
        <source>Next refresh at %1</source>
        <translation>التحديث التالي في الساعة %1</translation>
    </message>
    <message>
        <source>Next refresh on %1</source>
        <translation>التحديث التالي في %1</translation>
    </message>
</context>
<context>
    <name>RefreshService</name>
    <message>
        <source>%1 is not a feed: %2</source>
        <translation>%1 ليس موجزًا: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>بحث (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>البحث في</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Selected Category</source>
        <translation>الفئة المحددة</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>مسح البحث</translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>nothing to search for</source>
        <translation>لا شيء للبحث عنه</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>أقسام الإعدادات</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;عام</translation>
    </message>
    <message>
        <source>Refresh all feeds when Masthead s&amp;tarts</source>
        <translation>تحديث كل الموجزات عند &amp;بدء Masthead</translation>
    </message>
    <message>
        <source>Refresh all feeds when Masthead starts</source>
        <translation>تحديث كل الموجزات عند بدء Masthead</translation>
    </message>
    <message>
        <source>Refresh e&amp;very:</source>
        <translation>التحديث &amp;كل:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>فترة التحديث بالدقائق</translation>
    </message>
    <message>
        <source>How often Masthead refreshes your subscriptions by itself. A feed that asks to be fetched less often is fetched less often.</source>
        <translation>كم مرة يحدّث Masthead اشتراكاتك تلقائيًا. الموجز الذي يطلب أن يُجلب أقل من ذلك يُجلب أقل.</translation>
    </message>
    <message>
        <source>&amp;Mark articles read:</source>
        <translation>تعليم المقالات &amp;مقروءة:</translation>
    </message>
    <message>
        <source>Mark articles read</source>
        <translation>تعليم المقالات مقروءة</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>عند فتحها</translation>
    </message>
    <message>
        <source>After a delay</source>
        <translation>بعد مهلة</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>After &amp;delay:</source>
        <translation>بعد م&amp;هلة:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Delay before an opened article is marked read, in seconds</source>
        <translation>المهلة قبل تعليم المقالة المفتوحة مقروءة، بالثواني</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>ال&amp;قراءة</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>ال&amp;خط:</translation>
    </message>
    <message>
        <source>Article font</source>
        <translation>خط المقالة</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>&amp;حجم الخط:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source>Article font size in pixels</source>
        <translation>حجم خط المقالة بالبكسل</translation>
    </message>
    <message>
        <source>&amp;Line width:</source>
        <translation>&amp;عرض السطر:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> حرفًا</translation>
    </message>
    <message>
        <source>Longest line of article text, in characters</source>
        <translation>أطول سطر في نص المقالة، بالأحرف</translation>
    </message>
    <message>
        <source>Line s&amp;pacing:</source>
        <translation>ت&amp;باعد الأسطر:</translation>
    </message>
    <message>
        <source>Line spacing, times the font size</source>
        <translation>تباعد الأسطر، بمضاعفات حجم الخط</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>مثل سطح المكتب</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Language of Masthead</source>
        <translation>لغة Masthead</translation>
    </message>
    <message>
        <source>A new language takes effect when Masthead starts again.</source>
        <translation>تسري اللغة الجديدة عند تشغيل Masthead مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>الت&amp;خزين</translation>
    </message>
    <message>
        <source>&amp;Keep articles for:</source>
        <translation>الاحتفاظ بالمقالات &amp;لمدة:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>إلى الأبد</translation>
    </message>
    <message>
        <source>Keep articles for this many days</source>
        <translation>الاحتفاظ بالمقالات هذا العدد من الأيام</translation>
    </message>
    <message>
        <source>Keep at m&amp;ost:</source>
        <translation>الاحتفاظ ب&amp;حد أقصى:</translation>
    </message>
    <message>
        <source> per feed</source>
        <translation> لكل موجز</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Keep at most this many articles per feed</source>
        <translation>الاحتفاظ بهذا العدد من المقالات على الأكثر لكل موجز</translation>
    </message>
    <message>
        <source>&amp;Image cache limit:</source>
        <translation>حد ذاكرة ال&amp;صور:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> ميغابايت</translation>
    </message>
    <message>
        <source>Image cache limit in megabytes</source>
        <translation>حد ذاكرة الصور المؤقتة بالميغابايت</translation>
    </message>
    <message>
        <source>Starred articles are always kept.</source>
        <translation>يُحتفظ دائمًا بالمقالات المميَّزة بنجمة.</translation>
    </message>
    <message>
        <source>&amp;Clean Up Now</source>
        <translation>&amp;تنظيف الآن</translation>
    </message>
    <message>
        <source>Clean up now</source>
        <translation>تنظيف الآن</translation>
    </message>
    <message>
        <source>Removes the articles the limits above no longer keep (never starred ones), deletes cached files no article uses, and compacts the library.</source>
        <translation>يزيل المقالات التي لم تعد الحدود أعلاه تحتفظ بها (لا المميَّزة بنجمة أبدًا)، ويحذف الملفات المخزَّنة التي لا تستخدمها أي مقالة، ويضغط المكتبة.</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>ال&amp;شبكة</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>العمل &amp;دون اتصال</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>العمل دون اتصال</translation>
    </message>
    <message>
        <source>Read what is stored; nothing is fetched until you go online again.</source>
        <translation>قراءة ما هو مخزَّن؛ لا يُجلب شيء حتى تعود إلى الاتصال.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>الوكيل</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation>استخدام إعدادات الوكيل في ال&amp;نظام</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>استخدام إعدادات الوكيل في النظام</translation>
    </message>
    <message>
        <source>No pro&amp;xy</source>
        <translation>&amp;بلا وكيل</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>بلا وكيل</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>وكيل ي&amp;دوي:</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>وكيل يدوي</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>نوع الوكيل</translation>
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
        <translation>ال&amp;مضيف:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>مضيف الوكيل</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>منفذ الوكيل</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Default (serif)</source>
        <translation>الافتراضي (خط مذيَّل)</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>جارٍ التنظيف…</translation>
    </message>
    <message>
        <source>Freed %1.</source>
        <translation>حُرّر %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) removed.</source>
        <translation>
            <numerusform>لم تُزل أي مقالة.</numerusform>
            <numerusform>أُزيلت مقالة واحدة.</numerusform>
            <numerusform>أُزيلت مقالتان.</numerusform>
            <numerusform>أُزيلت %Ln مقالات.</numerusform>
            <numerusform>أُزيلت %Ln مقالة.</numerusform>
            <numerusform>أُزيلت %Ln مقالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached file(s) removed.</source>
        <translation>
            <numerusform>لم يُزل أي ملف مخزَّن.</numerusform>
            <numerusform>أُزيل ملف مخزَّن واحد.</numerusform>
            <numerusform>أُزيل ملفان مخزَّنان.</numerusform>
            <numerusform>أُزيلت %Ln ملفات مخزَّنة.</numerusform>
            <numerusform>أُزيل %Ln ملفًا مخزَّنًا.</numerusform>
            <numerusform>أُزيل %Ln ملف مخزَّن.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clean-up failed: %1</source>
        <translation>فشل التنظيف: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>يتعذّر إنشاء مجلد البيانات %1</translation>
    </message>
    <message>
        <source>another Masthead window has this library (%1) open but does not answer</source>
        <translation>نافذة Masthead أخرى فتحت هذه المكتبة (%1) لكنها لا تستجيب</translation>
    </message>
    <message>
        <source>the Masthead window that has this library open refused the request</source>
        <translation>رفضت نافذة Masthead التي فتحت هذه المكتبة الطلب</translation>
    </message>
    <message>
        <source>another Masthead (process %1) has this library (%2) open but does not answer; close it, or if it is gone, remove %3</source>
        <translation>نسخة أخرى من Masthead (العملية %1) فتحت هذه المكتبة (%2) لكنها لا تستجيب؛ أغلقها، أو إن لم تعد موجودة فاحذف %3</translation>
    </message>
</context>
<context>
    <name>SqlUtil</name>
    <message>
        <source>the library is in use by another program (database is locked)</source>
        <translation>المكتبة قيد الاستخدام من برنامج آخر (قاعدة البيانات مقفلة)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the library file is damaged or is not a Masthead library</source>
        <translation>ملف المكتبة تالف أو ليس مكتبة Masthead</translation>
    </message>
    <message>
        <source>the library file is read-only</source>
        <translation>ملف المكتبة للقراءة فقط</translation>
    </message>
    <message>
        <source>the library file could not be read or written (%1)</source>
        <translation>تعذّرت قراءة ملف المكتبة أو الكتابة فيه (%1)</translation>
    </message>
    <message>
        <source>the library file could not be opened (%1)</source>
        <translation>تعذّر فتح ملف المكتبة (%1)</translation>
    </message>
    <message>
        <source>not a SQLite connection</source>
        <translation>ليس اتصال SQLite</translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation>المكتبة غير مفتوحة</translation>
    </message>
    <message>
        <source>could not start a transaction</source>
        <translation>تعذّر بدء معاملة</translation>
    </message>
    <message>
        <source>transaction already ended</source>
        <translation>انتهت المعاملة بالفعل</translation>
    </message>
    <message>
        <source>could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Subscribe</source>
        <translation>اشتراك</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>A feed, a web site or an OPML list</source>
        <translation>موجز أو موقع ويب أو قائمة OPML</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ا&amp;بحث</translation>
    </message>
    <message>
        <source>Find what the address offers</source>
        <translation>معرفة ما يقدّمه العنوان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel finding</source>
        <translation>إلغاء البحث</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>What to subscribe to</source>
        <translation>ما الذي تشترك فيه</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>مجلد الوجهة</translation>
    </message>
    <message>
        <source>Destination folder path</source>
        <translation>مسار مجلد الوجهة</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>Pick a folder, or type a new path such as News/World</source>
        <translation>اختر مجلدًا، أو اكتب مسارًا جديدًا مثل أخبار/العالم</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>في الم&amp;جلد:</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>ا&amp;شترك</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>جارٍ فحص %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>Check what to subscribe to.</source>
        <translation>حدّد ما تريد الاشتراك فيه.</translation>
    </message>
    <message>
        <source>&amp;Newest headlines:</source>
        <translation>أ&amp;حدث العناوين:</translation>
    </message>
    <message>
        <source>Newest headlines of the highlighted entry</source>
        <translation>أحدث عناوين المدخل المحدد</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>جارٍ الاشتراك…</translation>
    </message>
    <message>
        <source>Could not subscribe: %1</source>
        <translation>تعذّر الاشتراك: %1</translation>
    </message>
    <message>
        <source>Loading the newest headlines…</source>
        <translation>جارٍ تحميل أحدث العناوين…</translation>
    </message>
    <message>
        <source>No headlines: %1</source>
        <translation>لا عناوين: %1</translation>
    </message>
    <message>
        <source>No headlines</source>
        <translation>لا عناوين</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>Masthead subscriptions</source>
        <translation>اشتراكات Masthead</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n queued change(s) were for articles the server no longer has</source>
        <translation>
            <numerusform>لا تغييرات منتظرة تخص مقالات لم يعد الخادم يحتفظ بها</numerusform>
            <numerusform>تغيير منتظر واحد كان لمقالات لم يعد الخادم يحتفظ بها</numerusform>
            <numerusform>تغييران منتظران كانا لمقالات لم يعد الخادم يحتفظ بها</numerusform>
            <numerusform>%Ln تغييرات منتظرة كانت لمقالات لم يعد الخادم يحتفظ بها</numerusform>
            <numerusform>%Ln تغييرًا منتظرًا كان لمقالات لم يعد الخادم يحتفظ بها</numerusform>
            <numerusform>%Ln تغيير منتظر كان لمقالات لم يعد الخادم يحتفظ بها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncHttp</name>
    <message>
        <source>working offline</source>
        <translation>العمل دون اتصال</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 ليس عنوان http(s)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>لم يُجب %1 خلال %2 ثانية</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB; stopped</source>
        <translation>أرسل %1 أكثر من %2 ميغابايت؛ أُوقف</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>تعذّر الوصول إلى %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>أغلق %1 الاتصال</translation>
    </message>
</context>
<context>
    <name>SyncJson</name>
    <message>
        <source>the server refused the user name or password (HTTP %1)</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة المرور (HTTP %1)</translation>
    </message>
    <message>
        <source>there is no sync API at %1 (HTTP 404); check the address</source>
        <translation>لا توجد واجهة برمجية للمزامنة على %1 (HTTP 404)؛ تحقّق من العنوان</translation>
    </message>
    <message>
        <source>the server failed (HTTP %1); try again later</source>
        <translation>فشل الخادم (HTTP %1)؛ حاول مجددًا لاحقًا</translation>
    </message>
    <message>
        <source>the server refused the request (HTTP %1)</source>
        <translation>رفض الخادم الطلب (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of the API&apos;s JSON; check the address (and that the API is switched on)</source>
        <translation>أجاب %1 بصفحة ويب بدلًا من JSON الخاص بالواجهة البرمجية؛ تحقّق من العنوان (ومن أن الواجهة البرمجية مفعَّلة)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is cut off or not JSON (%1 at byte %2 of %3)</source>
        <translation>استجابة الخادم مقطوعة أو ليست JSON (%1 عند البايت %2 من %3)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object</source>
        <translation>استجابة الخادم ليست كائن JSON</translation>
    </message>
</context>
<context>
    <name>TopStoriesDialog</name>
    <message>
        <source>Top Stories</source>
        <translation>أبرز الأخبار</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>الخبر</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Stories several of your sources cover</source>
        <translation>أخبار تغطيها عدة مصادر من مصادرك</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;قراءة</translation>
    </message>
    <message>
        <source>Read the story</source>
        <translation>قراءة الخبر</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <source>Reload the top stories</source>
        <translation>إعادة تحميل أبرز الأخبار</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>No story of the last 24 hours is covered by more than one of your sources yet.</source>
        <translation>لا يوجد بعدُ خبر من آخر 24 ساعة يغطيه أكثر من مصدر واحد من مصادرك.</translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) of the last 24 hours covered by several of your sources, most sources first.</source>
        <translation>
            <numerusform>لا أخبار من آخر 24 ساعة تغطيها عدة مصادر من مصادرك.</numerusform>
            <numerusform>خبر واحد من آخر 24 ساعة تغطيه عدة مصادر من مصادرك، الأكثر مصادرَ أولًا.</numerusform>
            <numerusform>خبران من آخر 24 ساعة تغطيهما عدة مصادر من مصادرك، الأكثر مصادرَ أولًا.</numerusform>
            <numerusform>%Ln أخبار من آخر 24 ساعة تغطيها عدة مصادر من مصادرك، الأكثر مصادرَ أولًا.</numerusform>
            <numerusform>%Ln خبرًا من آخر 24 ساعة تغطيها عدة مصادر من مصادرك، الأكثر مصادرَ أولًا.</numerusform>
            <numerusform>%Ln خبر من آخر 24 ساعة تغطيها عدة مصادر من مصادرك، الأكثر مصادرَ أولًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeEditor</name>
    <message>
        <source>A folder needs a name without “/”.</source>
        <translation>يحتاج المجلد إلى اسم لا يحتوي على «/».</translation>
    </message>
    <message>
        <source>There is already a folder named “%1” here.</source>
        <translation>يوجد هنا مجلد باسم «%1» بالفعل.</translation>
    </message>
    <message>
        <source>That folder no longer exists.</source>
        <translation>لم يعد هذا المجلد موجودًا.</translation>
    </message>
    <message>
        <source>A feed needs a name.</source>
        <translation>يحتاج الموجز إلى اسم.</translation>
    </message>
    <message>
        <source>That feed no longer exists.</source>
        <translation>لم يعد هذا الموجز موجودًا.</translation>
    </message>
    <message>
        <source>A folder cannot go into itself or into a folder it holds.</source>
        <translation>لا يمكن نقل مجلد إلى نفسه أو إلى مجلد بداخله.</translation>
    </message>
    <message>
        <source>That folder can no longer be brought back.</source>
        <translation>لم يعد من الممكن استعادة هذا المجلد.</translation>
    </message>
    <message>
        <source>This folder is a sync account&apos;s; remove the account instead (its context menu: Remove Account…).</source>
        <translation>هذا المجلد تابع لحساب مزامنة؛ أزل الحساب بدلًا من ذلك (من قائمته السياقية: إزالة الحساب…).</translation>
    </message>
</context>
<context>
    <name>TreeOrganizer</name>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ال&amp;تسمية</translation>
    </message>
    <message>
        <source>Rename the selected folder or feed</source>
        <translation>إعادة تسمية المجلد أو الموجز المحدد</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected feed, or delete the selected folder</source>
        <translation>إلغاء الاشتراك في الموجز المحدد، أو حذف المجلد المحدد</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>مجلد &amp;جديد…</translation>
    </message>
    <message>
        <source>Make a folder in the selected one</source>
        <translation>إنشاء مجلد داخل المجلد المحدد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>مجلد جديد</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the folder “%1”, its folders and their feeds? Their articles are deleted; starred articles stay.</source>
        <translation>هل تريد حذف المجلد «%1» ومجلداته وموجزاتها؟ تُحذف مقالاتها؛ وتبقى المقالات المميَّزة بنجمة.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”? Its articles are deleted; starred articles stay.</source>
        <translation>هل تريد إلغاء الاشتراك في «%1»؟ تُحذف مقالاته؛ وتبقى المقالات المميَّزة بنجمة.</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>حذف المجلد</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>إلغاء الا&amp;شتراك</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>مجلد جديد</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>اسم المجلد الجديد:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Mark &amp;All Read</source>
        <translation>تعليم ال&amp;كل مقروءًا</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;نقل إلى</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>ال&amp;خصائص…</translation>
    </message>
    <message>
        <source>The selected feed&apos;s address, settings, last fetch and storage</source>
        <translation>عنوان الموجز المحدد وإعداداته وآخر جلب له وتخزينه</translation>
    </message>
    <message>
        <source>Deleted the folder “%1”.</source>
        <translation>حُذف المجلد «%1».</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”.</source>
        <translation>أُلغي الاشتراك في «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n starred article(s) stay, under Starred.</source>
        <translation>
            <numerusform>لا تبقى أي مقالة مميزة بنجمة.</numerusform>
            <numerusform>تبقى مقالة واحدة مميزة بنجمة، ضمن «المميزة بنجمة».</numerusform>
            <numerusform>تبقى مقالتان مميزتان بنجمة، ضمن «المميزة بنجمة».</numerusform>
            <numerusform>تبقى %Ln مقالات مميزة بنجمة، ضمن «المميزة بنجمة».</numerusform>
            <numerusform>تبقى %Ln مقالة مميزة بنجمة، ضمن «المميزة بنجمة».</numerusform>
            <numerusform>تبقى %Ln مقالة مميزة بنجمة، ضمن «المميزة بنجمة».</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes it back.</source>
        <translation>تحرير ▸ تراجع (Ctrl+Z) يعيده كما كان.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
</context>
<context>
    <name>TtrssClient</name>
    <message>
        <source>the server refused the user name or password</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة المرور</translation>
    </message>
    <message>
        <source>the API is switched off for this user; turn on &quot;Enable API&quot; in Tiny Tiny RSS&apos;s preferences</source>
        <translation>الواجهة البرمجية معطَّلة لهذا المستخدم؛ فعِّل «Enable API» في تفضيلات Tiny Tiny RSS</translation>
    </message>
    <message>
        <source>the server ended the session and refused a new login</source>
        <translation>أنهى الخادم الجلسة ورفض تسجيل دخول جديدًا</translation>
    </message>
    <message>
        <source>the server did not understand a request (INCORRECT_USAGE)</source>
        <translation>لم يفهم الخادم أحد الطلبات (INCORRECT_USAGE)</translation>
    </message>
    <message>
        <source>the server answered with the error %1</source>
        <translation>أجاب الخادم بالخطأ %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(لم يُذكر)</translation>
    </message>
    <message>
        <source>the server&apos;s login answer had no session</source>
        <translation>لم تتضمّن استجابة تسجيل الدخول من الخادم جلسة</translation>
    </message>
    <message>
        <source>this Tiny Tiny RSS is too old (API level %1; 9 or later is needed)</source>
        <translation>إصدار Tiny Tiny RSS هذا قديم جدًا (مستوى الواجهة البرمجية %1؛ يلزم 9 أو أحدث)</translation>
    </message>
    <message>
        <source>the server&apos;s list of feeds is not a list</source>
        <translation>قائمة الموجزات من الخادم ليست قائمة</translation>
    </message>
    <message>
        <source>the server&apos;s list of articles is not a list</source>
        <translation>قائمة المقالات من الخادم ليست قائمة</translation>
    </message>
    <message>
        <source>the server refused %1 as a feed address</source>
        <translation>رفض الخادم %1 عنوانًا للموجز</translation>
    </message>
    <message>
        <source>%1 is a web page, not a feed; give the feed&apos;s own address</source>
        <translation>%1 صفحة ويب وليس موجزًا؛ أعطِ عنوان الموجز نفسه</translation>
    </message>
    <message>
        <source>the server could not fetch %1: %2</source>
        <translation>تعذّر على الخادم جلب %1: %2</translation>
    </message>
    <message>
        <source>the server could not subscribe to %1 (code %2)</source>
        <translation>تعذّر على الخادم الاشتراك في %1 (الرمز %2)</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
</context>
<context>
    <name>WordPressCategories</name>
    <message>
        <source>the answer is not a WordPress category list</source>
        <translation>الإجابة ليست قائمة فئات WordPress</translation>
    </message>
    <message>
        <source>the category list is not JSON (%1)</source>
        <translation>قائمة الفئات ليست JSON (%1)</translation>
    </message>
    <message>
        <source>the category list is not a list of categories</source>
        <translation>قائمة الفئات ليست قائمة فئات</translation>
    </message>
</context>
</TS>
