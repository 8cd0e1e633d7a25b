#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cd {

// Connect to the practice's PostgreSQL server: host, port, database and user become a postgresql:// URL; the
// password is handed to the new desk through its environment only, never stored or shown.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    [[nodiscard]] QString url() const;
    [[nodiscard]] QString password() const;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
};

} // namespace cd
