#include "demo/DemoNames.h"

namespace cd::demo {
namespace {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(u'|');
}

} // namespace

const QStringList& femaleForenames()
{
    static const QStringList names =
        words("Olivia|Amelia|Aisha|Fatima|Grace|Sophie|Emily|Chloe|Jessica|Zoë|Siobhán|Maria|Priya|Amina|Hannah|Ruby|"
              "Margaret|Patricia|Jean|Doreen|Eileen|Joan|Susan|Karen|Sarah|Nicola|Michelle|Agnieszka|Ewa|Chidinma|"
              "Ngozi|Yasmin|Leah|Ella|Isla|Maryam|Sana|Ayesha|Rosa|Beatriz|Ioana|Niamh|Charlotte|Lucy|Ellie|Mia|Lily");
    return names;
}

const QStringList& maleForenames()
{
    static const QStringList names =
        words("Muhammad|Oliver|Harry|Jack|George|Noah|Leo|Arthur|Oscar|Mohammed|Ibrahim|Yusuf|Adam|Daniel|James|Thomas|"
              "John|David|Michael|Peter|Robert|Kenneth|Brian|Stephen|Paul|Mark|Andrew|Tomasz|Piotr|Chinedu|Emeka|Kwame|"
              "Rahul|Arjun|Imran|Bilal|Omar|Luca|Mateo|Diego|Seán|Connor|Samuel|Joshua|Ethan|Alfie|Archie|Reuben");
    return names;
}

const QStringList& surnames()
{
    static const QStringList names =
        words("Smith|Jones|Williams|Brown|Taylor|Davies|Evans|Wilson|Thomas|Johnson|Roberts|Walker|Wright|Robinson|"
              "Thompson|White|Hughes|Edwards|Green|Hall|Wood|Harris|Martin|Jackson|Clarke|Khan|Ahmed|Ali|Hussain|Begum|"
              "Patel|Shah|Singh|Kaur|Okafor|Adeyemi|Mensah|Nowak|Kowalski|Wiśniewska|O'Brien|O'Connor|Murphy|Kelly|"
              "Smith-Jones|Da Silva|Rossi|Popescu|Yilmaz|Chen|Nguyen|Ahmed-Khan|McDonald|Campbell|Stewart|Anderson");
    return names;
}

const QStringList& streets()
{
    static const QStringList names =
        words("High Street|Station Road|Church Lane|Victoria Road|Forest Road|Hoe Street|Lea Bridge Road|Grove Road|"
              "Manor Road|Park Avenue|Chingford Road|Markhouse Road|Cann Hall Road|Leytonstone Road|Oliver Road|"
              "Francis Road|Capworth Street|Buxton Road|Beulah Road|Orford Road");
    return names;
}

const QStringList& towns()
{
    static const QStringList names = words("Walthamstow|Leyton|Leytonstone|Chingford|Woodford|Highams Park");
    return names;
}

const QStringList& postcodeDistricts()
{
    static const QStringList names = words("E4|E10|E11|E15|E17|E18|N17|IG8");
    return names;
}

const QStringList& usualGps()
{
    static const QStringList names = words("Dr Evans|Dr Koczan|Dr Adebayo|Dr Shah|Dr Morrison");
    return names;
}

} // namespace cd::demo
