#pragma once

#include <functional>

#include <QObject>
#include <QString>

class QAction;

// The window's one undoable change (Edit › Undo): Mark All Read, a delete
// from the tree. A newer change takes its place; the one it replaces is
// forgotten, and so is the last one when the window closes. Forgetting is
// where a change that kept something for its undo lets it go (a deleted
// feed is purged then).
class UndoHistory final : public QObject
{
    Q_OBJECT

public:
    struct Change
    {
        QString label; // what Undo takes back, as the Edit menu names it
        std::function<void()> undo;
        std::function<void()> forget; // optional
    };

    explicit UndoHistory(QObject *parent = nullptr);
    ~UndoHistory() override; // does not forget: call forget() first

    void push(Change change);
    bool canUndo() const { return bool(m_change.undo); }
    QString label() const { return m_change.label; }
    // Takes the change back (and off the history).
    void undo();
    // Lets the change go without taking it back.
    void forget();
    // Keeps an Edit › Undo action's state and text ("Undo Delete") in step.
    void attach(QAction *action);

Q_SIGNALS:
    void changed(bool canUndo, const QString &label);

private:
    Change m_change;
};
