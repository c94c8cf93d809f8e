#pragma once

#include <QIcon>
#include <QList>
#include <QString>

class QAction;

// Toolbar and menu icons: the desktop's icon theme first (freedesktop icon
// names, so they match the rest of the desktop), a small bundled set
// (resources/icons/actions, PNGs rendered from SVG) where the theme has
// none, so the toolbar is never words alone on a bare system.
class IconSet final
{
public:
    // The icon for a freedesktop name; empty when neither has it. In a
    // right-to-left window go-next and go-previous trade places.
    static QIcon icon(const QString &logicalName);
    // The freedesktop name for one of the window's actions (by object name).
    static QString nameFor(const QString &actionObjectName);
    // Gives each action the window knows its icon; others are left alone.
    static void decorate(const QList<QAction *> &actions);
};
