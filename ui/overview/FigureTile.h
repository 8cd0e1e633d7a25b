#pragma once

#include <QFrame>

class QLabel;

namespace cd {

// One headline figure: a big number, its label and a line of explanation. Warnings carry an icon and words, never
// colour alone.
class FigureTile : public QFrame
{
    Q_OBJECT

public:
    FigureTile(const QString& label, const QString& explanation, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& detail = QString());
    void setWarning(const QString& warning); // empty clears it
    [[nodiscard]] QString value() const;
    [[nodiscard]] QString warning() const;

private:
    QLabel* m_value;
    QLabel* m_detail;
    QLabel* m_warning;
};

} // namespace cd
