#include "focusorder.h"

#include <QKeyEvent>

FocusOrder::FocusOrder(const QList<QWidget *> &order, QObject *parent) : QObject(parent)
{
    for (QWidget *widget : order) {
        m_order.append(widget);
        widget->installEventFilter(this);
    }
}

bool FocusOrder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    const bool backward = key->key() == Qt::Key_Backtab
            || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
    if (!forward && !backward)
        return false;
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        if (m_order.at(i) == watched)
            at = i;
    }
    if (at < 0)
        return false;
    // The next one that can take focus now (visible, enabled).
    for (qsizetype step = 1; step < m_order.size(); ++step) {
        const qsizetype next = backward ? at - step : at + step;
        if (next < 0 || next >= m_order.size())
            return false; // past the ends: the window's own chain goes on
        QWidget *target = m_order.at(next);
        if (target && target->isVisible() && target->isEnabled()) {
            target->setFocus(backward ? Qt::BacktabFocusReason : Qt::TabFocusReason);
            return true;
        }
    }
    return false;
}
