#pragma once

#include <QAccessibleActionInterface>
#include <QAccessibleInterface>
#include <QPointer>

class QAction;
class QMenu;

// A checkable action as a menu item that says it can be toggled. Qt 6.4's
// own menu item reports "checked" but never "checkable", so a screen reader
// reads Work Offline or Unread Only, when off, as a plain command; this one
// is a check box (checkable, checked or not) in the menu. Menus
// ask the accessibility factories for an action's interface first; this
// one answers for checkable actions shown in a menu, and does what Qt's
// menu item does otherwise (name, shortcut, geometry, press/toggle).
class AccessibleAction final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    AccessibleAction(QMenu *menu, QAction *action);

    // Registers the factory (once per process; before the window exists).
    static void install();
    // Every combo box's drop-down list under root, named as its combo box
    // (Qt leaves the list unnamed; a screen reader reads it when it opens).
    static void nameDropDownLists(QWidget *root);

    bool isValid() const override;
    QObject *object() const override;
    QWindow *window() const override;
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    QPointer<QMenu> m_menu;
    QPointer<QAction> m_action;
};
