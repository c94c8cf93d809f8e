// The window and its dialogs as a screen reader gets them (QAccessible,
// offscreen): no interactive element without a name; list and tree cells
// say their own column's value, the row's state (unread, starred) in its
// description; checkable actions in menus say they are checkable; the
// three panes come in the order they stand, and Tab walks them so; the
// pane is named after the article it shows.

#include "accessibleaction.h"
#include "articlelistmodel.h"
#include "articlepane.h"
#include "cacheschemehandler.h"
#include "categorytreemodel.h"
#include "demoimporter.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QTest>
#include <QTreeView>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace {

const bool cacheSchemeRegistered = (CacheSchemeHandler::registerScheme(), true);

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::ListItem:
    case QAccessible::TreeItem:
    case QAccessible::Cell:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// Every interactive element under root without a name, described.
QStringList unnamed(QAccessibleInterface *root, int depth = 0)
{
    QStringList found;
    if (!root || depth > 40)
        return found;
    // Hidden ones too (a clear button, a drop-down list): they show later.
    if (interactive(root->role()) && root->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *object = root->object();
        found.append(u"%1 (role %2, object %3 %4)"_s.arg(root->text(QAccessible::Description))
                             .arg(int(root->role()))
                             .arg(object ? QString::fromLatin1(object->metaObject()->className()) : u"-"_s,
                                  object ? object->objectName() : QString()));
    }
    // Item views: their cells are checked on their own (below), a few rows suffice here.
    const int children = std::min(root->childCount(), root->tableInterface() ? 12 : 400);
    for (int i = 0; i < children; ++i)
        found += unnamed(root->child(i), depth + 1);
    return found;
}

QAccessibleInterface *childNamed(QAccessibleInterface *parent, const QString &name)
{
    for (int i = 0; parent && i < parent->childCount(); ++i) {
        QAccessibleInterface *child = parent->child(i);
        if (child && child->text(QAccessible::Name) == name)
            return child;
    }
    return nullptr;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

    TempLibrary m_library;
    std::unique_ptr<WindowFixture> m_app;

private Q_SLOTS:
    void initTestCase()
    {
        AccessibleAction::install();
        QVERIFY2(m_library.isValid(), qPrintable(m_library.errorString()));
        QVERIFY(DemoImporter(m_library.library()).importBuiltIn().ok());
        m_app = std::make_unique<WindowFixture>(m_library);
        m_app->window.resize(1200, 700);
        m_app->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_app->window));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window.articleModel()->rowCount() > 5, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window.categoryModel()->rowCount() > 0, 20000);
    }
    void cleanupTestCase()
    {
        m_app.reset();
    }

    void everyControlOfTheWindowHasAName()
    {
        QAccessibleInterface *window = QAccessible::queryAccessibleInterface(&m_app->window);
        QVERIFY(window);
        QVERIFY(!window->text(QAccessible::Name).isEmpty());
        const QStringList problems = unnamed(window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The menus' items too, opened or not.
        for (QAction *menuAction : m_app->window.menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            QVERIFY(menu);
            const QStringList inMenu = unnamed(QAccessible::queryAccessibleInterface(menu));
            QVERIFY2(inMenu.isEmpty(), qPrintable(menu->title() + u": "_s + inMenu.join(u'\n')));
        }
    }

    void everyControlOfTheDialogsHasAName()
    {
        SettingsDialog settings(m_app->appSettings, &m_app->cleanup, &m_app->window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(&settings);
        QVERIFY(!face->text(QAccessible::Name).isEmpty());
        QStringList problems = unnamed(face);
        QVERIFY2(problems.isEmpty(), qPrintable(u"Settings: "_s + problems.join(u'\n')));

        ShortcutsDialog shortcuts(m_app->window.shortcutActions(), &m_app->window);
        shortcuts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
        face = QAccessible::queryAccessibleInterface(&shortcuts);
        QVERIFY(!face->text(QAccessible::Name).isEmpty());
        problems = unnamed(face);
        QVERIFY2(problems.isEmpty(), qPrintable(u"Shortcuts: "_s + problems.join(u'\n')));
    }

    void articleCellsSayTheirColumnsValue()
    {
        auto *list = m_app->window.findChild<QTreeView *>(u"articleView"_s);
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(list);
        QVERIFY(view && view->tableInterface());
        QAccessibleTableInterface *table = view->tableInterface();
        ArticleListModel *model = m_app->window.articleModel();
        QVERIFY(table->columnCount() == ArticleListModel::ColumnCount);
        for (int row = 0; row < 3; ++row) {
            const ArticleHeader header = model->header(row);
            QAccessibleInterface *title = table->cellAt(row, ArticleListModel::TitleColumn);
            QAccessibleInterface *source = table->cellAt(row, ArticleListModel::SourceColumn);
            QAccessibleInterface *date = table->cellAt(row, ArticleListModel::PublishedColumn);
            QAccessibleInterface *star = table->cellAt(row, ArticleListModel::StarColumn);
            QVERIFY(title && source && date && star);
            QCOMPARE(title->text(QAccessible::Name), header.title);
            QCOMPARE(source->text(QAccessible::Name), header.feedTitle);
            QCOMPARE(date->text(QAccessible::Name),
                     QLocale().toString(header.published.toLocalTime(), QLocale::LongFormat));
            QCOMPARE(star->text(QAccessible::Name), header.starred ? u"Starred"_s : u"Not starred"_s);
            // Each column its own: no cell repeats another's text.
            QVERIFY(title->text(QAccessible::Name) != source->text(QAccessible::Name));
            // The state, not only bold type.
            QVERIFY2(title->text(QAccessible::Description).contains(header.read ? u"Read"_s : u"Unread"_s),
                     qPrintable(title->text(QAccessible::Description)));
        }
    }

    void treeCellsSayTheirColumnsValue()
    {
        auto *tree = m_app->window.findChild<QTreeView *>(u"categoryView"_s);
        CategoryTreeModel *model = m_app->window.categoryModel();
        const QModelIndex first = model->index(0, CategoryTreeModel::NameColumn);
        const QModelIndex count = model->index(0, CategoryTreeModel::UnreadColumn);
        QCOMPARE(first.data(Qt::AccessibleTextRole).toString(), first.data().toString());
        const int unread = first.data(CategoryTreeModel::UnreadRole).toInt();
        QCOMPARE(count.data(Qt::AccessibleTextRole).toString(), u"%1 unread"_s.arg(unread));
        QVERIFY(first.data(Qt::AccessibleDescriptionRole).toString().contains(u"unread"_s));
        // And through the view's accessible table.
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(tree);
        QVERIFY(view && view->tableInterface());
        QAccessibleInterface *cell = view->tableInterface()->cellAt(0, 0);
        QVERIFY(cell);
        QCOMPARE(cell->text(QAccessible::Name), first.data().toString());
    }

    void checkableActionsSayTheyAreCheckable()
    {
        QStringList checked;
        for (QAction *menuAction : m_app->window.menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            QAccessibleInterface *face = QAccessible::queryAccessibleInterface(menu);
            for (int i = 0; i < face->childCount(); ++i) {
                QAccessibleInterface *item = face->child(i);
                auto *action = qobject_cast<QAction *>(item->object());
                if (!action || action->isSeparator())
                    continue;
                QCOMPARE(item->state().checkable, action->isCheckable());
                if (action->isCheckable()) {
                    QCOMPARE(item->role(), QAccessible::CheckBox); // what AT-SPI passes on
                    QCOMPARE(bool(item->state().checked), action->isChecked());
                    QVERIFY(!item->text(QAccessible::Name).isEmpty());
                    QVERIFY(item->actionInterface());
                    checked.append(item->text(QAccessible::Name));
                }
            }
        }
        QVERIFY2(checked.contains(u"Work Offline"_s), qPrintable(checked.join(u", "_s)));
        QVERIFY2(checked.contains(u"Unread Only"_s), qPrintable(checked.join(u", "_s)));
        // Toggled through the interface, as a screen reader would.
        QMenu *view = nullptr;
        for (QAction *menuAction : m_app->window.menuBar()->actions()) {
            for (QAction *action : menuAction->menu()->actions())
                if (action->objectName() == "actionUnreadOnly"_L1)
                    view = menuAction->menu();
        }
        QVERIFY(view);
        QAccessibleInterface *item = childNamed(QAccessible::queryAccessibleInterface(view), u"Unread Only"_s);
        QVERIFY(item);
        const bool before = item->state().checked;
        item->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
        QCOMPARE(bool(item->state().checked), !before);
        item->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
        QCOMPARE(bool(item->state().checked), before);
    }

    void panesComeInTheOrderTheyStand()
    {
        auto *splitter = m_app->window.findChild<QSplitter *>(u"splitter"_s);
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(splitter);
        QStringList names;
        for (int i = 0; i < face->childCount(); ++i) {
            QAccessibleInterface *child = face->child(i);
            if (!child->text(QAccessible::Name).isEmpty()) // not the handles
                names.append(child->text(QAccessible::Name));
        }
        QCOMPARE(names, (QStringList{u"Categories"_s, u"Articles"_s, u"Article"_s}));
        // Tab: tree, then list, then the article.
        auto *tree = m_app->window.findChild<QTreeView *>(u"categoryView"_s);
        auto *list = m_app->window.findChild<QTreeView *>(u"articleView"_s);
        QWidget *pane = m_app->window.articlePane()->view();
        m_app->window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window));
        tree->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), tree);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(QApplication::focusWidget() == pane || pane->isAncestorOf(QApplication::focusWidget()));
        // Back from the search field to the article, and from the list to the tree.
        m_app->window.searchField()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(m_app->window.searchField(), Qt::Key_Backtab);
        QTRY_VERIFY(QApplication::focusWidget() == pane || pane->isAncestorOf(QApplication::focusWidget()));
        list->setFocus(Qt::TabFocusReason);
        QTest::keyClick(list, Qt::Key_Backtab);
        QTRY_COMPARE(QApplication::focusWidget(), tree);
    }

    void thePaneIsNamedAfterItsArticle()
    {
        ArticlePane *pane = m_app->window.articlePane();
        ArticleListModel *model = m_app->window.articleModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 2 && !model->isLoading(), 20000);
        const ArticleHeader header = model->header(2);
        m_app->window.openArticle(header.id);
        QTRY_COMPARE_WITH_TIMEOUT(pane->view()->accessibleName(), u"Article: %1"_s.arg(header.title), 20000);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
