// SPDX-License-Identifier: GPL-3.0-or-later
// The network of a coalition as JSON, Graphviz DOT and GraphML. The formats
// are for other tools, so their keys and attribute names are fixed English
// identifiers; only the reasons (already translated) are prose.
#include "networkexport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Coalition::NetworkExport {

namespace {

constexpr std::array AllLevels{RelationshipLevel::Networking, RelationshipLevel::Coordinating,
                               RelationshipLevel::Cooperating, RelationshipLevel::Collaborating};

QHash<Id, QString> memberNames(const NetworkFigures &figures)
{
    QHash<Id, QString> names;
    for (const OrganizationTies &o : figures.organizations)
        names.insert(o.organizationId, o.name);
    return names;
}

QString nodeId(Id organizationId)
{
    return u"n"_s + QString::number(organizationId);
}

// The closer the relationship, the heavier its line.
QString dotStyle(RelationshipLevel level)
{
    switch (level) {
    case RelationshipLevel::Networking:
        return u"dotted"_s;
    case RelationshipLevel::Coordinating:
        return u"dashed"_s;
    case RelationshipLevel::Cooperating:
        return u"solid"_s;
    case RelationshipLevel::Collaborating:
        return u"bold"_s;
    }
    return u"solid"_s;
}

// A DOT double-quoted string. A backslash is doubled so that Graphviz does not
// read it as one of its label escapes (\N, \l ...); a line break becomes \n,
// which Graphviz shows as a centred line break.
QString dotQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r' || (c.unicode() < 0x20 && c != u'\t'))
            continue;
        else
            out += c;
    }
    out += u'"';
    return out;
}

// XML 1.0 cannot carry most control characters, even escaped; Qt 6.4's
// writer would write them raw and make the file unreadable.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 || u == u'\t' || u == u'\n' || u == u'\r') {
            if (u != 0xFFFE && u != 0xFFFF)
                out += c;
        }
    }
    return out;
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

} // namespace

QByteArray toJson(const QString &coalitionName, const NetworkFigures &figures)
{
    const QHash<Id, QString> names = memberNames(figures);

    QJsonObject levels;
    for (const RelationshipLevel level : AllLevels) {
        const auto i = static_cast<std::size_t>(level);
        levels.insert(enumKey(level),
                      QJsonObject{{u"pairs"_s, figures.pairsAtLevel.at(i)},
                                  {u"share"_s, figures.shareAtLevel.at(i)}});
    }

    QJsonArray organizations;
    for (const OrganizationTies &o : figures.organizations) {
        const auto keyOrNull = [](const auto &value) {
            return value ? QJsonValue(enumKey(*value)) : QJsonValue(QJsonValue::Null);
        };
        organizations.append(QJsonObject{
            {u"id"_s, o.organizationId},
            {u"name"_s, o.name},
            {u"ties"_s, o.ties},
            {u"strongest_with"_s,
             o.strongestWith ? QJsonValue(*o.strongestWith) : QJsonValue(QJsonValue::Null)},
            {u"strongest_level"_s, keyOrNull(o.strongestLevel)},
            {u"strongest_trust"_s, keyOrNull(o.strongestTrust)},
            {u"isolated"_s, o.ties == 0},
        });
    }

    QJsonArray isolated;
    for (const Id id : figures.isolated)
        isolated.append(names.value(id));

    QJsonArray ties;
    for (const NetworkTie &tie : figures.ties) {
        ties.append(QJsonObject{
            {u"first"_s, tie.firstId},
            {u"second"_s, tie.secondId},
            {u"first_name"_s, names.value(tie.firstId)},
            {u"second_name"_s, names.value(tie.secondId)},
            {u"level"_s, enumKey(tie.level)},
            {u"trust"_s, enumKey(tie.trust)},
            {u"sides_disagree"_s, tie.sidesDisagree},
        });
    }

    const QJsonObject root{
        {u"coalition"_s, coalitionName},
        {u"members"_s, figures.members},
        {u"pairs"_s, figures.pairs},
        {u"tied_pairs"_s, figures.tiedPairs},
        {u"density"_s, figures.density},
        {u"levels"_s, levels},
        {u"organizations"_s, organizations},
        {u"isolated"_s, isolated},
        {u"ties"_s, ties},
        {u"disagreements"_s, figures.disagreements},
        {u"reasons"_s, QJsonArray::fromStringList(figures.reasons)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray toDot(const QString &coalitionName, const NetworkFigures &figures)
{
    QString out;
    out += u"// Network of member organizations, written by Coalition Desk.\n"_s
           u"// Edge style by level: dotted networking, dashed coordinating, solid cooperating,\n"_s
           u"// bold collaborating; red where the two sides rate the relationship differently.\n"_s;
    out += u"graph "_s + dotQuoted(coalitionName) + u" {\n"_s;
    out += u"  graph [label="_s + dotQuoted(coalitionName) + u", labelloc=t];\n"_s;
    out += u"  node [shape=box, style=rounded];\n"_s;
    for (const OrganizationTies &o : figures.organizations) {
        out += u"  "_s + nodeId(o.organizationId) + u" [label="_s + dotQuoted(o.name) + u", ties="_s
            + QString::number(o.ties) + u", isolated="_s + boolText(o.ties == 0) + u"];\n"_s;
    }
    for (const NetworkTie &tie : figures.ties) {
        out += u"  "_s + nodeId(tie.firstId) + u" -- "_s + nodeId(tie.secondId) + u" [style="_s
            + dotStyle(tie.level) + u", level="_s + enumKey(tie.level) + u", trust="_s
            + enumKey(tie.trust) + u", sides_disagree="_s + boolText(tie.sidesDisagree);
        if (tie.sidesDisagree)
            out += u", color=red"_s;
        out += u"];\n"_s;
    }
    out += u"}\n"_s;
    return out.toUtf8();
}

QByteArray toGraphml(const QString &coalitionName, const NetworkFigures &figures)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"graphml"_s);
    xml.writeDefaultNamespace(u"http://graphml.graphdrawing.org/xmlns"_s);
    xml.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"xsi"_s);
    xml.writeAttribute(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"schemaLocation"_s,
                       u"http://graphml.graphdrawing.org/xmlns "
                       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"_s);

    const auto key = [&xml](const QString &id, const QString &owner, const QString &type) {
        xml.writeEmptyElement(u"key"_s);
        xml.writeAttribute(u"id"_s, id);
        xml.writeAttribute(u"for"_s, owner);
        xml.writeAttribute(u"attr.name"_s, id);
        xml.writeAttribute(u"attr.type"_s, type);
    };
    key(u"coalition"_s, u"graph"_s, u"string"_s);
    key(u"density"_s, u"graph"_s, u"double"_s);
    key(u"name"_s, u"node"_s, u"string"_s);
    key(u"ties"_s, u"node"_s, u"int"_s);
    key(u"isolated"_s, u"node"_s, u"boolean"_s);
    key(u"level"_s, u"edge"_s, u"string"_s);
    key(u"trust"_s, u"edge"_s, u"string"_s);
    key(u"sides_disagree"_s, u"edge"_s, u"boolean"_s);

    const auto data = [&xml](const QString &keyId, const QString &value) {
        xml.writeStartElement(u"data"_s);
        xml.writeAttribute(u"key"_s, keyId);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };

    xml.writeStartElement(u"graph"_s);
    xml.writeAttribute(u"id"_s, u"network"_s);
    xml.writeAttribute(u"edgedefault"_s, u"undirected"_s);
    data(u"coalition"_s, xmlSafe(coalitionName));
    data(u"density"_s, QString::number(figures.density, 'g', QLocale::FloatingPointShortest));
    for (const OrganizationTies &o : figures.organizations) {
        xml.writeStartElement(u"node"_s);
        xml.writeAttribute(u"id"_s, nodeId(o.organizationId));
        data(u"name"_s, xmlSafe(o.name));
        data(u"ties"_s, QString::number(o.ties));
        data(u"isolated"_s, boolText(o.ties == 0));
        xml.writeEndElement();
    }
    for (const NetworkTie &tie : figures.ties) {
        xml.writeStartElement(u"edge"_s);
        // Named by the pair, which is unique, rather than by the relationship's
        // id, which is 0 for figures computed over records not yet saved.
        xml.writeAttribute(
            u"id"_s, u"e"_s + QString::number(tie.firstId) + u'_' + QString::number(tie.secondId));
        xml.writeAttribute(u"source"_s, nodeId(tie.firstId));
        xml.writeAttribute(u"target"_s, nodeId(tie.secondId));
        data(u"level"_s, enumKey(tie.level));
        data(u"trust"_s, enumKey(tie.trust));
        data(u"sides_disagree"_s, boolText(tie.sidesDisagree));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return bytes;
}

} // namespace Coalition::NetworkExport
