#pragma once

#include <QDate>
#include <QHash>
#include <QMainWindow>

class QDateEdit;
class QLabel;

namespace cd {

class Database;
class FigureTile;

// The first window: the practice, the date it is viewed as of, and its headline figures. The desk's full screens
// (search, record, worklists) come with their own issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& db, QDate asOf, QString userName, QWidget* parent = nullptr);

    [[nodiscard]] QDate asOf() const { return m_asOf; }
    void setAsOf(QDate asOf);
    // The tile of one figure, by its key ("list_size", "dissent", ...): for tests and accessibility checks.
    [[nodiscard]] FigureTile* tile(const QString& key) const { return m_tiles.value(key); }
    [[nodiscard]] QString uploadBanner() const;

private:
    void buildHeader(QWidget* central);
    void buildTiles(QWidget* central);
    void buildMenus();
    void refresh();
    void showAbout();
    void openFile();
    void connectToServer();
    void openDesk(const QString& target, const QString& password);

    Database& m_db;
    QDate m_asOf;
    QString m_userName;
    QLabel* m_practiceLabel = nullptr;
    QLabel* m_uploadLabel = nullptr;
    QDateEdit* m_asOfEdit = nullptr;
    QLabel* m_statusAsOf = nullptr;
    QLabel* m_statusPractice = nullptr;
    QLabel* m_statusUser = nullptr;
    QLabel* m_statusConnection = nullptr;
    QHash<QString, FigureTile*> m_tiles;
};

} // namespace cd
