// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/networkfigurespanel.h"

#include "models/relationshipstyle.h"

#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

const QString LinkScheme = u"organization"_s;

QString percent(double share)
{
    return NetworkFiguresPanel::tr("%1%").arg(QLocale().toString(share * 100.0, 'f', 0));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

NetworkFiguresPanel::NetworkFiguresPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"networkFigures"_s);
    setAccessibleName(tr("Network figures"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != LinkScheme)
            return;
        bool ok = false;
        const Id id = url.path().toLongLong(&ok);
        if (ok && id > 0)
            Q_EMIT organizationActivated(id);
    });
    clearFigures();
}

void NetworkFiguresPanel::clearFigures()
{
    m_names.clear();
    setHtml(u"<p>%1</p>"_s.arg(escaped(tr("No figures: the coalition has no active members."))));
}

QString NetworkFiguresPanel::organizationLink(Id organizationId) const
{
    return u"<a href=\"%1:%2\">%3</a>"_s.arg(LinkScheme)
        .arg(organizationId)
        .arg(escaped(m_names.value(organizationId)));
}

void NetworkFiguresPanel::setFigures(const NetworkFigures &figures,
                                     const QHash<Id, QStringList> &disagreements)
{
    m_names.clear();
    for (const OrganizationTies &organization : figures.organizations)
        m_names.insert(organization.organizationId, organization.name);
    const QLocale locale;
    QString html;
    html += u"<h3>%1</h3>"_s.arg(escaped(tr("Density")));
    html += u"<p><b>%1</b> — %2</p>"_s.arg(
        percent(figures.density),
        escaped(figures.pairs == 1
                    ? tr("%1 of the 1 pair of members has a relationship.").arg(figures.tiedPairs)
                    : tr("%1 of the %2 pairs of members have a relationship.")
                          .arg(figures.tiedPairs)
                          .arg(figures.pairs)));

    html += u"<h3>%1</h3><table cellspacing=\"2\" cellpadding=\"3\">"_s.arg(
        escaped(tr("Pairs at each level")));
    for (int i = 0; i < 4; ++i) {
        const auto level = static_cast<RelationshipLevel>(i);
        html += u"<tr><td style=\"background-color:%1\" width=\"18\">&nbsp;</td>"
                "<td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>"_s.arg(
                    RelationshipStyle::levelColor(level).name(), escaped(enumLabel(level)),
                    locale.toString(figures.pairsAtLevel.at(i)),
                    percent(figures.shareAtLevel.at(i)));
    }
    html += u"</table>"_s;

    html += u"<h3>%1</h3>"_s.arg(escaped(tr("Rated differently by the two sides")));
    if (figures.disagreements == 0) {
        html += u"<p>%1</p>"_s.arg(
            escaped(tr("None: where both sides gave their view, they agree.")));
    } else {
        html += u"<ul>"_s;
        for (const NetworkTie &tie : figures.ties) {
            if (!tie.sidesDisagree)
                continue;
            QString item = u"%1 %2 — %3"_s.arg(RelationshipStyle::disagreementMark(),
                                               organizationLink(tie.firstId),
                                               organizationLink(tie.secondId));
            const QStringList sentences = disagreements.value(tie.relationshipId);
            if (!sentences.isEmpty())
                item += u"<br/>"_s + escaped(sentences.join(u' '));
            html += u"<li>%1</li>"_s.arg(item);
        }
        html += u"</ul>"_s;
    }

    html += u"<h3>%1</h3>"_s.arg(escaped(tr("Members without a tie")));
    if (figures.isolated.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(escaped(tr("None: every member has at least one tie.")));
    } else {
        QStringList links;
        for (Id id : figures.isolated)
            links.append(organizationLink(id));
        html += u"<p>%1</p>"_s.arg(links.join(u", "_s));
    }

    html += u"<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
            "<tr><th align=\"left\">%2</th><th align=\"right\">%3</th>"
            "<th align=\"left\">%4</th></tr>"_s.arg(escaped(tr("Ties of each member")),
                                                    escaped(tr("Member")), escaped(tr("Ties")),
                                                    escaped(tr("Strongest tie")));
    for (const OrganizationTies &organization : figures.organizations) {
        QString strongest = u"—"_s;
        if (organization.strongestWith && organization.strongestLevel
            && organization.strongestTrust)
            strongest
                = tr("%1 (%2, %3 trust)")
                      .arg(
                          organizationLink(*organization.strongestWith),
                          escaped(enumLabel(*organization.strongestLevel).toLower()),
                          escaped(RelationshipStyle::trustShortName(*organization.strongestTrust)));
        html += u"<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>"_s.arg(
            organizationLink(organization.organizationId), locale.toString(organization.ties),
            strongest);
    }
    html += u"</table>"_s;

    if (!figures.reasons.isEmpty()) {
        html += u"<h3>%1</h3><ul>"_s.arg(escaped(tr("How these were counted")));
        for (const QString &reason : figures.reasons)
            html += u"<li>%1</li>"_s.arg(escaped(reason));
        html += u"</ul>"_s;
    }
    setHtml(html);
}

} // namespace Coalition::Ui
