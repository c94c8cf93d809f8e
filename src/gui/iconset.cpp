#include "iconset.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QHash>

using namespace Qt::StringLiterals;

QIcon IconSet::icon(const QString &logicalName)
{
    // Arrows point the way the text runs: "next" is to the left in Arabic.
    QString name = logicalName;
    if (QGuiApplication::layoutDirection() == Qt::RightToLeft) {
        if (name == "go-next"_L1)
            name = u"go-previous"_s;
        else if (name == "go-previous"_L1)
            name = u"go-next"_s;
    }
    QIcon bundled;
    for (const int size : {16, 24, 32, 48}) {
        const QString file = u":/icons/actions/%1/%2.png"_s.arg(size).arg(name);
        if (QFile::exists(file))
            bundled.addFile(file, QSize(size, size));
    }
    return QIcon::fromTheme(name, bundled);
}

QString IconSet::nameFor(const QString &actionObjectName)
{
    static const QHash<QString, QString> names{
            {u"actionRefresh"_s, u"view-refresh"_s},
            {u"actionRefreshSelected"_s, u"view-refresh"_s},
            {u"actionAddFeed"_s, u"list-add"_s},
            {u"actionOffline"_s, u"network-offline"_s},
            {u"actionNextUnread"_s, u"go-next"_s},
            {u"actionNextArticle"_s, u"go-down"_s},
            {u"actionPreviousArticle"_s, u"go-up"_s},
            {u"actionToggleRead"_s, u"mail-mark-read"_s},
            {u"actionMarkAllRead"_s, u"mail-mark-read"_s},
            {u"actionToggleStar"_s, u"starred"_s},
            {u"actionStarredOnly"_s, u"starred"_s},
            {u"actionUnreadOnly"_s, u"mail-unread"_s},
            {u"actionLoadRemoteImages"_s, u"insert-image"_s},
            {u"actionImportOpml"_s, u"document-open"_s},
            {u"actionExportOpml"_s, u"document-save-as"_s},
            {u"actionQuit"_s, u"application-exit"_s},
            {u"actionOpenInBrowser"_s, u"internet-web-browser"_s},
            {u"actionCopyLink"_s, u"edit-copy"_s},
            {u"actionFind"_s, u"edit-find"_s},
            {u"actionUndo"_s, u"edit-undo"_s},
            {u"actionSettings"_s, u"preferences-system"_s},
            {u"actionAbout"_s, u"help-about"_s},
            {u"actionKeyboardShortcuts"_s, u"preferences-desktop-keyboard"_s},
            {u"actionReload"_s, u"view-refresh"_s},
            {u"actionFeedProblems"_s, u"dialog-warning"_s},
            {u"actionNewFolder"_s, u"folder-new"_s},
            {u"actionRenameInTree"_s, u"edit-rename"_s},
            {u"actionDeleteInTree"_s, u"edit-delete"_s},
    };
    return names.value(actionObjectName);
}

void IconSet::decorate(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        const QString name = nameFor(action->objectName());
        if (name.isEmpty() || !action->icon().isNull())
            continue;
        const QIcon found = icon(name);
        if (!found.isNull())
            action->setIcon(found);
    }
}
