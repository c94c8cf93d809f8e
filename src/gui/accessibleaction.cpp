#include "accessibleaction.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace {

QAccessibleInterface *checkableActionFactory(const QString &, QObject *object)
{
    auto *action = qobject_cast<QAction *>(object);
    if (!action || !action->isCheckable() || action->isSeparator())
        return nullptr;
    for (QObject *owner : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(owner))
            return new AccessibleAction(menu, action);
    }
    return nullptr;
}

} // namespace

AccessibleAction::AccessibleAction(QMenu *menu, QAction *action) : m_menu(menu), m_action(action) { }

void AccessibleAction::install()
{
    static const bool installed = (QAccessible::installFactory(checkableActionFactory), true);
    Q_UNUSED(installed);
}

void AccessibleAction::nameDropDownLists(QWidget *root)
{
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        const QString name = combo->accessibleName();
        if (combo->view() && combo->view()->accessibleName().isEmpty() && !name.isEmpty())
            combo->view()->setAccessibleName(name);
    }
}

bool AccessibleAction::isValid() const
{
    return m_menu && m_action;
}

QObject *AccessibleAction::object() const
{
    return m_action;
}

QWindow *AccessibleAction::window() const
{
    return m_menu ? m_menu->windowHandle() : nullptr;
}

QAccessibleInterface *AccessibleAction::parent() const
{
    return m_menu ? QAccessible::queryAccessibleInterface(m_menu) : nullptr;
}

QString AccessibleAction::text(QAccessible::Text t) const
{
    if (!m_action)
        return {};
    switch (t) {
    case QAccessible::Name: {
        const QVariant named = m_action->property("accessibleName");
        if (named.isValid() && !named.toString().isEmpty())
            return named.toString();
        return QString(m_action->text()).remove(u'&');
    }
    case QAccessible::Description:
        return m_action->toolTip();
    case QAccessible::Help:
        return m_action->whatsThis();
    case QAccessible::Accelerator:
        return m_action->shortcut().toString(QKeySequence::NativeText);
    default:
        return {};
    }
}

QRect AccessibleAction::rect() const
{
    if (!m_menu || !m_action)
        return {};
    const QRect local = m_menu->actionGeometry(m_action);
    return local.translated(m_menu->mapToGlobal(QPoint(0, 0)));
}

QAccessible::Role AccessibleAction::role() const
{
    // Qt 6.4's AT-SPI bridge passes neither "checkable" nor a check menu
    // item role on (seen with shared/tools/atspi): as a check box the item
    // is read "Unread Only, check box, not checked", as the toolbar's
    // button for the same action is.
    return QAccessible::CheckBox;
}

QAccessible::State AccessibleAction::state() const
{
    QAccessible::State s;
    if (!m_menu || !m_action)
        return s;
    if (!m_menu->isVisible() || !m_action->isVisible())
        s.invisible = true;
    if (m_menu->activeAction() == m_action)
        s.focused = true;
    if (!m_action->isEnabled())
        s.disabled = true;
    s.focusable = true;
    s.checkable = true;
    s.checked = m_action->isChecked();
    return s;
}

void *AccessibleAction::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
}

QStringList AccessibleAction::actionNames() const
{
    if (!m_action || !m_action->isEnabled())
        return {};
    return {pressAction(), toggleAction()};
}

void AccessibleAction::doAction(const QString &actionName)
{
    if (!m_action || !m_action->isEnabled())
        return;
    if (actionName == pressAction() || actionName == toggleAction()) {
        if (m_menu && m_menu->isVisible())
            m_menu->setActiveAction(m_action);
        m_action->trigger();
    }
}

QStringList AccessibleAction::keyBindingsForAction(const QString &actionName) const
{
    if (!m_action || actionName != pressAction())
        return {};
    QStringList keys;
    for (const QKeySequence &key : m_action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys;
}
