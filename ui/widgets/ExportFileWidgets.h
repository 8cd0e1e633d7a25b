#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace cd {

// The pieces the wizards that read a clinical system's export share: a read-only table, and a file row
// ("File: [path] Browse…") whose Browse offers CSV and text exports.
inline QTableWidget* makeReadOnlyTable(QWidget* parent, const QStringList& headers, const QString& accessibleName)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(accessibleName);
    return table;
}

// Adds the row to layout and returns its path box; dialogTitle names the Browse dialog.
inline QLineEdit* addExportFileRow(QWidget* page, QBoxLayout* layout, const QString& accessibleName,
                                   const QString& dialogTitle)
{
    auto* label = new QLabel(QCoreApplication::translate("cd::ExportFile", "&File:"), page);
    auto* path = new QLineEdit(page);
    path->setAccessibleName(accessibleName);
    label->setBuddy(path);
    auto* browse = new QPushButton(QCoreApplication::translate("cd::ExportFile", "B&rowse…"), page);
    QObject::connect(browse, &QPushButton::clicked, page, [page, path, dialogTitle] {
        const QString file = QFileDialog::getOpenFileName(
            page, dialogTitle, QString(),
            QCoreApplication::translate("cd::ExportFile", "Exports (*.csv *.txt *.tsv);;All files (*)"));
        if (!file.isEmpty()) {
            path->setText(file);
        }
    });
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    return path;
}

} // namespace cd
