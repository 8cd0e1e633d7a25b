#include "help/ShortcutsDialog.h"

#include "help/HelpKey.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

struct Row
{
    QString keys;
    QString what;
    QString where;
};

void collectMenu(QMenu* menu, const QString& where, QList<Row>& rows)
{
    const QString here =
        where.isEmpty() ? menu->title().remove(u'&') : where + QStringLiteral(" › ") + menu->title().remove(u'&');
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), here, rows);
        } else if (!action->shortcut().isEmpty()) {
            rows.append({action->shortcut().toString(QKeySequence::NativeText), action->text().remove(u'&'), here});
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setHelpSection(this, HelpSection::KeyboardShortcuts);
    QList<Row> rows;
    if (auto* menus = window->findChild<QMenuBar*>()) {
        for (QAction* top : menus->actions()) {
            if (top->menu()) {
                collectMenu(top->menu(), QString(), rows);
            }
        }
    }
    // Shortcuts that are not in a menu ("/", Ctrl+K on a worklist) say what they do in their What's This text.
    for (QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (!shortcut->whatsThis().isEmpty() && !shortcut->key().isEmpty()) {
            const QWidget* owner = qobject_cast<QWidget*>(shortcut->parent());
            const QString where = owner && owner != window ? owner->property("pageName").toString() : QString();
            rows.append({shortcut->key().toString(QKeySequence::NativeText), shortcut->whatsThis(),
                         where.isEmpty() ? tr("Anywhere in the window") : where});
        }
    }
    rows.append({tr("Enter"), tr("Record a form for the patient chosen in the list"), tr("Patients")});

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What it does"), tr("Where")});
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].keys));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].what));
        m_table->setItem(i, 2, new QTableWidgetItem(rows[i].where));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace cd
