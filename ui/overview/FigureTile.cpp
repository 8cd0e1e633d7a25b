#include "overview/FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

FigureTile::FigureTile(const QString& label, const QString& explanation, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(label);
    setToolTip(explanation);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(label, this);
    title->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_warning->setWordWrap(true);
    m_warning->hide();
    layout->addWidget(title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_warning);
    layout->addStretch();
}

void FigureTile::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_value->setAccessibleName(accessibleName() + QStringLiteral(": ") + value);
}

void FigureTile::setWarning(const QString& warning)
{
    // A warning sign and words: never colour alone.
    m_warning->setText(warning.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + warning);
    m_warning->setVisible(!warning.isEmpty());
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::warning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

} // namespace cd
