package quantity

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize/internal/lexicon"
)

// wantQuantity is what a test expects of one Quantity. Alt is checked
// against Value when zero.
type wantQuantity struct {
	Text  string
	Value float64
	Alt   float64
	Bound Bound
	Unit  string
	High  float64 // the upper end of a Range
}

func (w wantQuantity) String() string {
	alt := w.Alt
	if alt == 0 {
		alt = w.Value
	}
	return fmt.Sprintf("{%q %v alt=%v %v high=%v unit=%q}", w.Text, w.Value, alt, w.Bound, w.High, w.Unit)
}

func gotQuantity(q Quantity) string {
	return fmt.Sprintf("{%q %v alt=%v %v high=%v unit=%q}", q.Text, q.Value, q.Alt, q.Bound, q.High, q.Unit)
}

// wantQ is an expected quantity whose Alt equals its Value.
func wantQ(text string, value float64, bound Bound, unit string) wantQuantity {
	return wantQuantity{Text: text, Value: value, Bound: bound, Unit: unit}
}

// wantQAlt is an expected quantity with a second reading.
func wantQAlt(text string, value, alt float64, bound Bound, unit string) wantQuantity {
	return wantQuantity{Text: text, Value: value, Alt: alt, Bound: bound, Unit: unit}
}

// wantRange is an expected range from low to high.
func wantRange(text string, low, high float64, unit string) wantQuantity {
	return wantQuantity{Text: text, Value: low, Bound: Range, Unit: unit, High: high}
}

// quantStem is Stem, short for the tables.
func quantStem(word string) string { return lexicon.Stem(word) }

// quantityCases are Spanish news sentences and the quantities in them. The
// fuzz test is seeded with them.
var quantityCases = []struct {
	name, text string
	want       []wantQuantity
}{
	// Digits.
	{"thousands dot and bounds", "El terremoto dejó más de 2.000 muertos y al menos 820 heridos.", []wantQuantity{
		wantQ("más de 2.000 muertos", 2000, MoreThan, quantStem("muertos")),
		wantQ("al menos 820 heridos", 820, AtLeast, quantStem("heridos")),
	}},
	{"thousands dot 1.035", "Las autoridades elevaron el balance a 1.035 fallecidos.", []wantQuantity{
		wantQ("1.035 fallecidos", 1035, Exact, quantStem("fallecidos")),
	}},
	{"thousands dot 2.012", "El Ministerio del Interior contabilizó 2.012 víctimas mortales.", []wantQuantity{
		wantQ("2.012 víctimas", 2012, Exact, quantStem("víctimas")),
	}},
	{"thousands comma with counted noun", "La Secretaría de Salud reportó 2,012 víctimas en el estado.", []wantQuantity{
		wantQAlt("2,012 víctimas", 2012, 2.012, Exact, quantStem("víctimas")),
	}},
	{"ambiguous comma without context", "La cifra oficial de fallecidos asciende a 2,012.", []wantQuantity{
		wantQAlt("2,012", 2012, 2.012, Exact, ""),
	}},
	{"ambiguous comma, decimal comma elsewhere", "El índice subió 6,5 puntos hasta 1,250.", []wantQuantity{
		wantQ("6,5 puntos", 6.5, Exact, quantStem("puntos")),
		wantQAlt("hasta 1,250", 1.25, 1250, AtMost, ""),
	}},
	{"ambiguous comma, decimal point elsewhere", "El índice cerró en 6.5 puntos y luego en 1,250.", []wantQuantity{
		wantQ("6.5 puntos", 6.5, Exact, quantStem("puntos")),
		wantQAlt("1,250", 1250, 1.25, Exact, ""),
	}},
	{"magnitude decimal comma", "El sismo, de magnitud 6,8, sacudió la región del Alto Atlas.", []wantQuantity{
		wantQ("magnitud 6,8", 6.8, Exact, quantStem("magnitud")),
	}},
	{"quake decimal point and local time", "El USGS registró un sismo de 6.8 a las 23.11 hora local.", []wantQuantity{
		wantQ("6.8", 6.8, Exact, quantStem("magnitud")),
	}},
	{"quake with grados", "Un terremoto de 7,1 grados sacudió la costa.", []wantQuantity{
		wantQ("7,1 grados", 7.1, Exact, quantStem("magnitud")),
	}},
	{"magnitude ambiguous comma", "Fue un temblor de magnitud 6,800 según el instituto.", []wantQuantity{
		wantQAlt("magnitud 6,800", 6.8, 6800, Exact, quantStem("magnitud")),
	}},
	{"decimal comma km", "Los equipos de rescate recorrieron 18,5 kilómetros.", []wantQuantity{
		wantQ("18,5 kilómetros", 18.5, Exact, quantStem("kilómetros")),
	}},
	{"decimal point km", "El epicentro se situó a 18.5 kilómetros de profundidad.", []wantQuantity{
		wantQ("18.5 kilómetros", 18.5, Exact, quantStem("kilómetros")),
	}},
	{"repeated thousands dots", "La ciudad tiene 1.234.567 habitantes.", []wantQuantity{
		wantQ("1.234.567 habitantes", 1234567, Exact, quantStem("habitantes")),
	}},
	{"repeated thousands commas", "Se contabilizaron 1,234,567 votos.", []wantQuantity{
		wantQ("1,234,567 votos", 1234567, Exact, quantStem("votos")),
	}},
	{"thousands dot decimal comma", "La factura asciende a 1.234,56 euros.", []wantQuantity{
		wantQ("1.234,56 euros", 1234.56, Exact, quantStem("euros")),
	}},
	{"thousands comma decimal point", "El paquete cuesta 1,250.75 dólares.", []wantQuantity{
		wantQ("1,250.75 dólares", 1250.75, Exact, quantStem("dólares")),
	}},
	{"space thousands", "La aldea tiene 3 000 habitantes.", []wantQuantity{
		wantQ("3 000 habitantes", 3000, Exact, quantStem("habitantes")),
	}},
	{"nbsp thousands", "Quedaron destruidas 3\u00a0000 viviendas.", []wantQuantity{
		wantQ("3\u00a0000 viviendas", 3000, Exact, quantStem("viviendas")),
	}},
	{"narrow nbsp thousands", "Se movilizaron 12\u202f500 soldados.", []wantQuantity{
		wantQ("12\u202f500 soldados", 12500, Exact, quantStem("soldados")),
	}},
	{"decimal millions", "El Gobierno destinará 1,5 millones de euros a la reconstrucción.", []wantQuantity{
		wantQ("1,5 millones de euros", 1.5e6, Exact, quantStem("euros")),
	}},
	{"thousands millions", "El plan costará 3.000 millones de dólares.", []wantQuantity{
		wantQ("3.000 millones de dólares", 3e9, Exact, quantStem("dólares")),
	}},
	{"decimal millions hedged", "Unos 4,5 millones de personas viven en la zona afectada.", []wantQuantity{
		wantQ("Unos 4,5 millones de personas", 4.5e6, Approx, quantStem("personas")),
	}},
	{"decimal point millions", "La ayuda llegó a 2.5 millones de familias.", []wantQuantity{
		wantQ("2.5 millones de familias", 2.5e6, Exact, quantStem("familias")),
	}},
	{"ambiguous comma millions", "El fondo asciende a 2,500 millones de pesos.", []wantQuantity{
		wantQAlt("2,500 millones de pesos", 2.5e9, 2.5e6, Exact, quantStem("pesos")),
	}},
	{"percent sign spaced with article", "La inflación subió un 6,8 % en agosto.", []wantQuantity{
		wantQ("6,8 %", 6.8, Exact, "%"),
	}},
	{"percent sign glued", "El 40% de los edificios quedó dañado.", []wantQuantity{
		wantQ("40%", 40, Exact, "%"),
	}},
	{"por ciento", "La participación fue del 52,3 por ciento.", []wantQuantity{
		wantQ("52,3 por ciento", 52.3, Exact, "%"),
	}},
	{"plain count", "Murieron 300 soldados en el asalto.", []wantQuantity{
		wantQ("300 soldados", 300, Exact, quantStem("soldados")),
	}},
	{"digits mil", "Rusia desplegó 300 mil soldados en la frontera.", []wantQuantity{
		wantQ("300 mil soldados", 300000, Exact, quantStem("soldados")),
	}},
	{"digits mil digits", "Se registraron 2 mil 100 casos en la última semana.", []wantQuantity{
		wantQ("2 mil 100 casos", 2100, Exact, quantStem("casos")),
	}},
	{"mil digits", "El padrón suma mil 404 votantes.", []wantQuantity{
		wantQ("mil 404 votantes", 1404, Exact, quantStem("votantes")),
	}},
	{"digits mil millones", "La deuda alcanza los 30 mil millones de dólares.", []wantQuantity{
		wantQ("30 mil millones de dólares", 3e10, Exact, quantStem("dólares")),
	}},
	{"digits millón", "El ejército tiene 1 millón de reservistas.", []wantQuantity{
		wantQ("1 millón de reservistas", 1e6, Exact, quantStem("reservistas")),
	}},
	{"leading zero decimal", "La temperatura subió 0,5 grados en un siglo.", []wantQuantity{
		wantQ("0,5 grados", 0.5, Exact, quantStem("grados")),
		wantQ("un siglo", 1, Exact, quantStem("siglo")),
	}},
	{"large thousands", "Hay 200.000 desplazados en el norte.", []wantQuantity{
		wantQ("200.000 desplazados", 200000, Exact, quantStem("desplazados")),
	}},
	{"hace dos años", "infoinfusion 4 septiembre, 2023 | Hace 2 años", []wantQuantity{
		wantQ("2 años", 2, Exact, quantStem("años")),
	}},
	{"duration hours", "En las últimas 24 horas se registraron 48 réplicas.", []wantQuantity{
		wantQ("24 horas", 24, Exact, quantStem("horas")),
		wantQ("48 réplicas", 48, Exact, quantStem("réplicas")),
	}},
	{"year-like count with noun", "Murieron 2000 personas en 1998.", []wantQuantity{
		wantQ("2000 personas", 2000, Exact, quantStem("personas")),
	}},
	{"year-like count with hedge", "Se calcula que hay más de 2000 en la zona.", []wantQuantity{
		wantQ("más de 2000", 2000, MoreThan, ""),
	}},

	// Words.
	{"word count", "Tres personas murieron en el incendio.", []wantQuantity{
		wantQ("Tres personas", 3, Exact, quantStem("personas")),
	}},
	{"los dos países", "Los dos países firmaron el acuerdo.", []wantQuantity{
		wantQ("dos países", 2, Exact, quantStem("países")),
	}},
	{"las dos naciones", "Avanzan las negociaciones de un acuerdo de armas entre las dos naciones.", []wantQuantity{
		wantQ("dos naciones", 2, Exact, quantStem("naciones")),
	}},
	{"veintitrés", "Veintitrés soldados resultaron heridos.", []wantQuantity{
		wantQ("Veintitrés soldados", 23, Exact, quantStem("soldados")),
	}},
	{"veintiún", "El accidente dejó veintiún muertos.", []wantQuantity{
		wantQ("veintiún muertos", 21, Exact, quantStem("muertos")),
	}},
	{"treinta", "Treinta periodistas cubrieron la cumbre.", []wantQuantity{
		wantQ("Treinta periodistas", 30, Exact, quantStem("periodistas")),
	}},
	{"treinta y dos", "Treinta y dos civiles murieron en el bombardeo.", []wantQuantity{
		wantQ("Treinta y dos civiles", 32, Exact, quantStem("civiles")),
	}},
	{"cuarenta y un", "Hubo cuarenta y un heridos leves.", []wantQuantity{
		wantQ("cuarenta y un heridos", 41, Exact, quantStem("heridos")),
	}},
	{"ciento cincuenta", "Ciento cincuenta familias fueron desalojadas.", []wantQuantity{
		wantQ("Ciento cincuenta familias", 150, Exact, quantStem("familias")),
	}},
	{"ciento un", "El balance es de ciento un heridos.", []wantQuantity{
		wantQ("ciento un heridos", 101, Exact, quantStem("heridos")),
	}},
	{"mil", "Mil agentes vigilarán la cumbre.", []wantQuantity{
		wantQ("Mil agentes", 1000, Exact, quantStem("agentes")),
	}},
	{"dos mil", "Hubo dos mil heridos en la capital.", []wantQuantity{
		wantQ("dos mil heridos", 2000, Exact, quantStem("heridos")),
	}},
	{"dos mil quinientos", "Fueron dos mil quinientos los evacuados.", []wantQuantity{
		wantQ("dos mil quinientos", 2500, Exact, ""),
	}},
	{"dos mil 012", "La cifra de desaparecidos llegó a dos mil 012 personas.", []wantQuantity{
		wantQ("dos mil 012 personas", 2012, Exact, quantStem("personas")),
	}},
	{"quinientas mil", "Quinientas mil personas se manifestaron.", []wantQuantity{
		wantQ("Quinientas mil personas", 500000, Exact, quantStem("personas")),
	}},
	{"un millón", "Un millón de personas huyeron del país.", []wantQuantity{
		wantQ("Un millón de personas", 1e6, Exact, quantStem("personas")),
	}},
	{"mil millones", "La UE aprobó mil millones de euros en ayudas.", []wantQuantity{
		wantQ("mil millones de euros", 1e9, Exact, quantStem("euros")),
	}},
	{"dos mil millones", "El préstamo es de dos mil millones de dólares.", []wantQuantity{
		wantQ("dos mil millones de dólares", 2e9, Exact, quantStem("dólares")),
	}},
	{"un millón doscientos mil", "Votaron un millón doscientos mil electores.", []wantQuantity{
		wantQ("un millón doscientos mil electores", 1.2e6, Exact, quantStem("electores")),
	}},
	{"medio millón", "Medio millón de refugiados cruzaron la frontera.", []wantQuantity{
		wantQ("Medio millón de refugiados", 5e5, Exact, quantStem("refugiados")),
	}},
	{"millones y medio", "Dos millones y medio de personas necesitan ayuda.", []wantQuantity{
		wantQ("Dos millones y medio de personas", 2.5e6, Exact, quantStem("personas")),
	}},
	{"un centenar", "La policía arrestó a un centenar de manifestantes.", []wantQuantity{
		wantQ("un centenar de manifestantes", 100, Approx, quantStem("manifestantes")),
	}},
	{"más de un centenar", "Más de un centenar de heridos llegaron al hospital.", []wantQuantity{
		wantQ("Más de un centenar de heridos", 100, MoreThan, quantStem("heridos")),
	}},
	{"tres centenares", "Ardieron tres centenares de hectáreas.", []wantQuantity{
		wantQ("tres centenares de hectáreas", 300, Approx, quantStem("hectáreas")),
	}},
	{"centenares de", "El fuego arrasó centenares de casas.", []wantQuantity{
		wantQ("centenares de casas", 100, Approx, quantStem("casas")),
	}},
	{"decenas de", "El ataque dejó decenas de muertos.", []wantQuantity{
		wantQ("decenas de muertos", 10, Approx, quantStem("muertos")),
	}},
	{"miles de", "Miles de personas salieron a la calle.", []wantQuantity{
		wantQ("Miles de personas", 1000, Approx, quantStem("personas")),
	}},
	{"cientos de miles", "Hay cientos de miles de desplazados.", []wantQuantity{
		wantQ("cientos de miles de desplazados", 1e5, Approx, quantStem("desplazados")),
	}},
	{"un millar", "Un millar de soldados llegó a la zona.", []wantQuantity{
		wantQ("Un millar de soldados", 1000, Approx, quantStem("soldados")),
	}},
	{"una docena", "Una docena de periodistas fue detenida.", []wantQuantity{
		wantQ("Una docena de periodistas", 12, Exact, quantStem("periodistas")),
	}},
	{"media docena", "Derribaron media docena de drones.", []wantQuantity{
		wantQ("media docena de drones", 6, Exact, quantStem("drones")),
	}},
	{"un par", "La reunión duró un par de horas.", []wantQuantity{
		wantQ("un par de horas", 2, Approx, quantStem("horas")),
	}},
	{"un and una before unit nouns", "Un muerto y tres heridos; una persona sigue desaparecida.", []wantQuantity{
		wantQ("Un muerto", 1, Exact, quantStem("muerto")),
		wantQ("tres heridos", 3, Exact, quantStem("heridos")),
		wantQ("una persona", 1, Exact, quantStem("persona")),
	}},
	{"una hora y media", "El tiroteo duró una hora y media.", []wantQuantity{
		wantQ("una hora y media", 1.5, Exact, quantStem("hora")),
	}},
	{"media hora", "Los combates se detuvieron durante media hora.", []wantQuantity{
		wantQ("media hora", 0.5, Exact, quantStem("hora")),
	}},
	{"cincuenta por ciento", "El cincuenta por ciento de los votos fue nulo.", []wantQuantity{
		wantQ("cincuenta por ciento", 50, Exact, "%"),
	}},
	{"tres horas", "El apagón se prolongó durante tres horas.", []wantQuantity{
		wantQ("tres horas", 3, Exact, quantStem("horas")),
	}},

	// Hedges and bounds.
	{"unos", "El bombardeo causó unos 300 muertos.", []wantQuantity{
		wantQ("unos 300 muertos", 300, Approx, quantStem("muertos")),
	}},
	{"unas", "El huracán destruyó unas 300 viviendas.", []wantQuantity{
		wantQ("unas 300 viviendas", 300, Approx, quantStem("viviendas")),
	}},
	{"casi", "Casi 2.000 personas fueron evacuadas.", []wantQuantity{
		wantQ("Casi 2.000 personas", 2000, LessThan, quantStem("personas")),
	}},
	{"cerca de", "Cerca de 1.000 vecinos fueron evacuados.", []wantQuantity{
		wantQ("Cerca de 1.000 vecinos", 1000, Approx, quantStem("vecinos")),
	}},
	{"alrededor de", "Alrededor de 500 efectivos participan en la búsqueda.", []wantQuantity{
		wantQ("Alrededor de 500 efectivos", 500, Approx, quantStem("efectivos")),
	}},
	{"aproximadamente", "El choque dejó aproximadamente 40 muertos.", []wantQuantity{
		wantQ("aproximadamente 40 muertos", 40, Approx, quantStem("muertos")),
	}},
	{"en torno a", "En torno a 5.000 manifestantes marcharon.", []wantQuantity{
		wantQ("En torno a 5.000 manifestantes", 5000, Approx, quantStem("manifestantes")),
	}},
	{"menos de", "El partido obtuvo menos de 2.000 votos.", []wantQuantity{
		wantQ("menos de 2.000 votos", 2000, LessThan, quantStem("votos")),
	}},
	{"hasta", "La OTAN enviará hasta 500 soldados.", []wantQuantity{
		wantQ("hasta 500 soldados", 500, AtMost, quantStem("soldados")),
	}},
	{"como mínimo", "Hubo como mínimo 30 heridos.", []wantQuantity{
		wantQ("como mínimo 30 heridos", 30, AtLeast, quantStem("heridos")),
	}},
	{"como máximo", "Fueron como máximo 20 detenidos.", []wantQuantity{
		wantQ("como máximo 20 detenidos", 20, AtMost, quantStem("detenidos")),
	}},
	{"por encima de", "Los contagios están por encima de 1.000 casos diarios.", []wantQuantity{
		wantQ("por encima de 1.000 casos", 1000, MoreThan, quantStem("casos")),
	}},
	{"por lo menos", "Murieron por lo menos 12 personas.", []wantQuantity{
		wantQ("por lo menos 12 personas", 12, AtLeast, quantStem("personas")),
	}},
	{"más del", "El oficialismo logró más del 50 % de los votos.", []wantQuantity{
		wantQ("más del 50 %", 50, MoreThan, "%"),
	}},
	{"alrededor del", "La abstención fue alrededor del 30%.", []wantQuantity{
		wantQ("alrededor del 30%", 30, Approx, "%"),
	}},
	{"más de un", "Los precios subieron más de un 20 %.", []wantQuantity{
		wantQ("más de un 20 %", 20, MoreThan, "%"),
	}},
	{"poco más de", "Votaron poco más de 300 vecinos.", []wantQuantity{
		wantQ("poco más de 300 vecinos", 300, MoreThan, quantStem("vecinos")),
	}},
	{"casi un millón", "Casi un millón de refugiados.", []wantQuantity{
		wantQ("Casi un millón de refugiados", 1e6, LessThan, quantStem("refugiados")),
	}},
	{"entre y", "Entre 300 y 400 muertos dejó el ataque.", []wantQuantity{
		wantRange("Entre 300 y 400 muertos", 300, 400, quantStem("muertos")),
	}},
	{"entre article is not a range", "Crece la tensión entre los dos países.", []wantQuantity{
		wantQ("dos países", 2, Exact, quantStem("países")),
	}},
	{"hedge before currency", "El precio supera ya los 100 dólares, más de $300 en el mercado negro.", []wantQuantity{
		wantQ("100 dólares", 100, Exact, quantStem("dólares")),
		wantQ("más de $300", 300, MoreThan, "$"),
	}},

	// Units.
	{"euro sign before", "La multa es de €500.", []wantQuantity{
		wantQ("€500", 500, Exact, quantStem("euros")),
	}},
	{"euro sign after", "La entrada cuesta 500 € por persona.", []wantQuantity{
		wantQ("500 €", 500, Exact, quantStem("euros")),
	}},
	{"glued abbreviation", "La columna se extendía 5km por la autopista.", []wantQuantity{
		wantQ("5km", 5, Exact, "km"),
	}},
	{"abbreviation with slash", "El coche circulaba a 120 km/h.", []wantQuantity{
		wantQ("120 km", 120, Exact, "km"),
	}},
	{"adjective skipped", "Lanzaron tres nuevos misiles balísticos.", []wantQuantity{
		wantQ("tres nuevos misiles", 3, Exact, quantStem("misiles")),
	}},
	{"categoría", "El huracán de categoría 4 tocó tierra.", []wantQuantity{
		wantQ("categoría 4", 4, Exact, quantStem("categoría")),
	}},
	{"two quantities, comma", "Murieron 300, según el Gobierno, y 200 heridos.", []wantQuantity{
		wantQ("300", 300, Exact, ""),
		wantQ("200 heridos", 200, Exact, quantStem("heridos")),
	}},
	{"mayores de", "Solo votan los mayores de 65 años.", []wantQuantity{
		wantQ("mayores de 65 años", 65, MoreThan, quantStem("años")),
	}},

	{"verb after number", "Según la policía, 300 murieron y 40 huyeron.", []wantQuantity{
		wantQ("300", 300, Exact, ""),
		wantQ("40", 40, Exact, ""),
	}},
	{"weekday before number word", "Pyongyang lanzó el martes dos misiles balísticos.", []wantQuantity{
		wantQ("dos misiles", 2, Exact, quantStem("misiles")),
	}},

	// Not quantities.
	{"year after en", "Aunque su último encuentro fue en 2019, las posibilidades eran escasas.", nil},
	{"year after month", "Fue tras la invasión rusa de febrero de 2022, pero Putin volvió a insistir.", nil},
	{"date day and month", "El 13 de septiembre se reunieron en Vladivostok.", nil},
	{"weekday day", "La reunión fue el miércoles 13 en el cosmódromo.", nil},
	{"outlet date", "infoinfusion 4 septiembre, 2023", nil},
	{"day noun", "El día 13 llegaron los observadores.", nil},
	{"full date", "El 25 de diciembre de 2023 hubo tregua.", nil},
	{"colon time", "La cumbre empezó a las 10:30.", nil},
	{"dot time h", "La rueda de prensa será a las 10.30 h.", nil},
	{"video duration", "Así es la nueva arma que Corea del Norte podría probar pronto 2:24", nil},
	{"time words", "La reunión terminó a las dos de la tarde.", nil},
	{"time of day", "El ataque ocurrió a las 8 de la mañana, hora local.", nil},
	{"gmt", "El lanzamiento será a las 14 GMT.", nil},
	{"url id", "Fuente: https://www.ft.com/content/0e5bc6c8-6444-41e5-902f-41e9f174803e?shareType=nongift", nil},
	{"ids", "La cumbre del G7 abordó la pandemia de COVID-19 y los F-16.", nil},
	{"header month", "date 2023-09", nil},
	{"article un", "Llegaron a un acuerdo sobre armas.", nil},
	{"pronoun uno", "Uno de los heridos está grave.", nil},
	{"una vez", "Lo hizo una vez más.", nil},
	{"ordinal words", "Es la primera visita y el segundo viaje del líder.", nil},
	{"ordinal digits", "Quedó en 1º lugar, con el 3er puesto para Rusia y la 2ª vuelta.", nil},
	{"years with prepositions", "Rige desde 2014 y hasta 2030, antes de 2020 no.", nil},
	{"year range", "Entre 2019 y 2020 no hubo cumbres.", nil},
	{"el año", "En el año 2000 se firmó el tratado.", nil},
	{"decade", "Los años 90 fueron duros para la región.", nil},
	{"index word", "Según el artículo 155 de la Constitución, el vuelo 370 no llegó.", nil},
	{"slash", "Abren 24/7 y atienden todos los días.", nil},
	{"bare year", "1998 fue terrible para la región.", nil},
	{"day range", "La visita duró del 12 al 17 de septiembre.", nil},
	{"name before number", "El Ibex 35 cerró en verde y el Boeing 737 aterrizó.", nil},
	{"a grouped count after a place name", "El terremoto dejó en Turquía 5.000 muertos.", []wantQuantity{
		wantQ("5.000 muertos", 5000, Exact, quantStem("muertos")),
	}},
	{"a count in words after a place name", "El terremoto dejó en Turquía cinco mil muertos.", []wantQuantity{
		wantQ("cinco mil muertos", 5000, Exact, quantStem("muertos")),
	}},
	{"medio not a number", "La crisis en Oriente Medio y el medio ambiente.", nil},
}

func TestFind(t *testing.T) {
	exprs := make(map[string]bool)
	for _, tc := range quantityCases {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
		for _, w := range tc.want {
			exprs[w.Text] = true
		}
		if tc.want == nil {
			exprs[tc.text] = true
		}
	}
	if len(exprs) < 90 {
		t.Errorf("the table holds %d distinct expressions; want at least 90", len(exprs))
	}
}

// checkFind checks that Find reads want in text, spans included.
func checkFind(t *testing.T, text string, want []wantQuantity) {
	t.Helper()
	got := Find(text)
	if len(got) != len(want) {
		t.Fatalf("Find(%q) got %v; want %v", text, got, want)
	}
	from := 0
	for i, w := range want {
		g := got[i]
		alt := w.Alt
		if alt == 0 {
			alt = w.Value
		}
		start := strings.Index(text[from:], w.Text)
		if start < 0 {
			t.Fatalf("bad test: %q not in %q after %d", w.Text, text, from)
		}
		start += from
		if g.Text != w.Text || g.Start != start || g.End != start+len(w.Text) || text[g.Start:g.End] != g.Text ||
			!quantClose(g.Value, w.Value) || !quantClose(g.Alt, alt) || g.Bound != w.Bound || g.Unit != w.Unit ||
			!quantClose(g.High, w.High) {
			t.Errorf("quantity %d of %q: got %s [%d:%d]; want %v [%d:%d]",
				i, text, gotQuantity(g), g.Start, g.End, w, start, start+len(w.Text))
		}
		from = start + len(w.Text)
	}
}

// TestFindSeedArticles reads whole seed-like paragraphs.
func TestFindSeedArticles(t *testing.T) {
	text := "date 2023-09 Así es la nueva arma que Corea del Norte podría probar pronto 2:24\n\n" +
		"(CNN) –– El líder de Corea del Norte, Kim Jong Un, espera hablar con el presidente de Rusia, " +
		"Vladimir Putin, en ese país para avanzar en las negociaciones de un acuerdo de armas entre las dos naciones.\n" +
		"Fuente: https://www.ft.com/content/0e5bc6c8-6444-41e5-902f-41e9f174803e?shareType=nongift\n" +
		"infoinfusion 4 septiembre, 2023 | Hace 2 años\n" +
		"Aunque su último encuentro fue en 2019, las posibilidades de una reunión entre Putin y Kim son altas."
	want := []wantQuantity{
		wantQ("dos naciones", 2, Exact, quantStem("naciones")),
		wantQ("2 años", 2, Exact, quantStem("años")),
	}
	got := Find(text)
	if len(got) != len(want) {
		t.Fatalf("got %v; want %v", got, want)
	}
	for i, w := range want {
		if g := got[i]; g.Text != w.Text || g.Value != w.Value || g.Unit != w.Unit || text[g.Start:g.End] != g.Text {
			t.Errorf("quantity %d: got %s; want %v", i, gotQuantity(g), w)
		}
	}
}

// quantityOf returns the only quantity in text.
func quantityOf(t *testing.T, text string) Quantity {
	t.Helper()
	qs := Find(text)
	if len(qs) != 1 {
		t.Fatalf("Find(%q) got %v; want one quantity", text, qs)
	}
	return qs[0]
}

func TestQuantityCompatible(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"two writings of one value", "2.012 muertos", "2,012 muertos", true},
		{"dot and comma decimals", "magnitud 6,8", "magnitud 6.8", true},
		{"different decimals", "magnitud 6,8", "magnitud 7,1", false},
		{"millions two ways", "1,5 millones", "1.500.000", true},
		{"words and digits", "dos mil quinientos", "2.500", true},
		{"more than, value inside", "más de 2.000", "2.012", true},
		{"more than, value below", "más de 2.000", "1.500", false},
		{"more than excludes its value", "más de 2.000", "2.000", false},
		{"at least includes its value", "al menos 820", "820", true},
		{"at least, value below", "al menos 820", "819", false},
		{"almost, value just below", "casi 2.000", "1.990", true},
		{"almost excludes its value", "casi 2.000", "2.000", false},
		{"almost, value far below", "casi 2.000", "1.000", false},
		{"less than, value far below", "menos de 2.000", "1.000", true},
		{"at most", "hasta 500", "300", true},
		{"at most, value above", "hasta 500", "600", false},
		{"approx within 5%", "unos 300", "310", true},
		{"approx outside 5%", "unos 300", "320", false},
		{"approx far outside", "unos 300", "340", false},
		{"two approximations far apart", "unos 300", "unos 400", false},
		{"approx and more than", "unos 300", "más de 310", true},
		{"approx below a lower bound", "cerca de 30 mil", "más de 32 mil", false},
		{"overlapping bounds", "más de 2.000", "menos de 3.000", true},
		{"disjoint bounds", "más de 2.000", "menos de 1.500", false},
		{"touching closed bounds", "al menos 2.000", "como máximo 2.000", true},
		{"touching open bounds", "más de 2.000", "menos de 2.000", false},
		{"almost and less than", "casi 2.000", "menos de 2.000", true},
		{"a little more than", "poco más de 300", "310", true},
		{"a little more than, far", "poco más de 300", "400", false},
		{"a little more than keeps 10%", "poco más de 300", "325", true},
		{"decenas inside", "decenas de muertos", "35 muertos", true},
		{"decenas outside", "decenas de muertos", "300 muertos", false},
		{"miles and more than", "miles de personas", "más de 2.000 personas", true},
		{"un centenar", "un centenar de heridos", "95 heridos", true},
		{"ambiguous comma, thousands reading", "2,012", "2.012", true},
		{"ambiguous comma, decimal reading", "2,012", "2,0120", true},
		{"ambiguous comma, neither reading", "2,012", "2,5", false},
		{"approx with a decimal, within five steps", "en torno a los 11,5 puntos", "11,9 puntos", true},
		{"approx with a decimal, past five steps", "en torno a los 11,5 puntos", "más de 12 puntos", false},
		{"almost with a decimal, within five steps", "casi 11,4", "11", true},
		{"almost with a decimal, past five steps", "casi 11,4", "10,8", false},
		{"approx with a decimal of millions keeps 5%", "unos 1,5 millones", "1.450.000", true},
		{"approx with a decimal of millions, outside 5%", "unos 1,5 millones", "1.400.000", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkCompatible(t, tc.a, tc.b, tc.want) })
	}
}

// checkCompatible checks that the quantities read from texts a and b are
// compatible, both ways, exactly when want says.
func checkCompatible(t *testing.T, a, b string, want bool) {
	t.Helper()
	qa, qb := quantityOf(t, a), quantityOf(t, b)
	if got := qa.Compatible(qb); got != want {
		t.Errorf("%s.Compatible(%s) got %v; want %v", gotQuantity(qa), gotQuantity(qb), got, want)
	}
	if got := qb.Compatible(qa); got != want {
		t.Errorf("%s.Compatible(%s) got %v; want %v", gotQuantity(qb), gotQuantity(qa), got, want)
	}
}

func TestQuantityFormat(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"thousands", "2.012", "2012"},
		{"ambiguous comma", "2,012", "2012"},
		{"decimal", "magnitud 6,8", "6.8"},
		{"more than", "más de 2.000", ">2000"},
		{"approx", "unos 300", "~300"},
		{"at least", "al menos 820", "≥820"},
		{"less than", "casi 2.000", "<2000"},
		{"at most", "hasta 500", "≤500"},
		{"millions", "1,5 millones", "1500000"},
		{"vague plural", "decenas de muertos", "~10s"},
		{"approx noun", "un centenar de heridos", "~100"},
		{"percent", "el 40 %", "40"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quantityOf(t, tc.text).Format(); got != tc.want {
				t.Errorf("Format of %q got %q; want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestBoundString(t *testing.T) {
	want := []string{"exact", "approx", "at_least", "more_than", "at_most", "less_than", "range"}
	for b := Exact; b <= Range; b++ {
		if got := b.String(); got != want[b] {
			t.Errorf("Bound(%d).String() got %q; want %q", b, got, want[b])
		}
	}
	if got := Bound(42).String(); got != "Bound(42)" {
		t.Errorf("Bound(42).String() got %q; want %q", got, "Bound(42)")
	}
}

// TestQuantityFoldAgreesWithFold checks that the reader's allocation-free
// folding matches Fold on every lexicon entry and on a few odd words.
func TestQuantityFoldAgreesWithFold(t *testing.T) {
	words := []string{"Núñez", "PINGÜINO", "Año", "an\u0303o", "Miércoles", "CIENTO", "veintitrés", "Ça"}
	for _, name := range []string{"numbers", "hedges", "quantity_context", "quantity_units"} {
		for _, line := range lexiconLines(name) {
			k, _, _ := strings.Cut(line, "=")
			words = append(words, strings.Fields(k)...)
		}
	}
	for _, w := range words {
		if got, want := string(appendQuantFold(nil, w)), lexicon.Fold(w); got != want {
			t.Errorf("appendQuantFold(%q) got %q; want %q", w, got, want)
		}
	}
}

// TestQuantityStemCache checks that the stems the lexicon keeps for listed
// units are what Stem returns.
func TestQuantityStemCache(t *testing.T) {
	lx := quantLex()
	if len(lx.stemOf) == 0 {
		t.Fatal("got an empty stem cache; want the listed units")
	}
	for w, got := range lx.stemOf {
		if want := lexicon.Stem(w); got != want {
			t.Errorf("stem cache for %q got %q; want %q", w, got, want)
		}
	}
}

func TestFindFinite(t *testing.T) {
	long := strings.Repeat("9", 400)
	for _, text := range []string{long, long + " mil millones", "999.999.999.999.999 billones", "1,5 " + strings.Repeat("billones ", 5)} {
		for _, q := range Find(text) {
			if math.IsInf(q.Value, 0) || math.IsNaN(q.Value) || math.IsInf(q.Alt, 0) || math.IsNaN(q.Alt) {
				t.Errorf("Find(%q) got %s; want finite values", text, gotQuantity(q))
			}
		}
	}
}

func ExampleFind() {
	text := "El terremoto dejó más de 2.000 muertos, al menos 820 heridos y unos 1,5 millones de desplazados."
	for _, q := range Find(text) {
		fmt.Printf("%q %s %s %s\n", q.Text, q.Format(), q.Bound, q.Unit)
	}
	// Output:
	// "más de 2.000 muertos" >2000 more_than muert
	// "al menos 820 heridos" ≥820 at_least her
	// "unos 1,5 millones de desplazados" ~1500000 approx desplaz
}

func TestQuantityStep(t *testing.T) {
	tests := []struct {
		name, text string
		step       float64
		fractional bool
	}{
		{"an integer", "820 muertos", 1, false},
		{"thousands with a dot", "2.000 muertos", 1, false},
		{"one decimal", "magnitud 7,8", 0.1, true},
		{"two decimals and a sign", "76,37 %", 0.01, true},
		{"thousands in words", "22 mil heridos", 1000, false},
		{"a decimal of millions", "4,5 millones", 100000, true},
		{"thousands in words, then units", "más de 5 mil 300 fallecidos", 1, false},
		{"an ambiguous comma", "2,012", 1, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := quantityOf(t, tc.text)
			step, fractional := q.Step()
			if math.Abs(step-tc.step) > 1e-9*tc.step || fractional != tc.fractional {
				t.Errorf("%s.Step() = %v, %v; want %v, %v", gotQuantity(q), step, fractional, tc.step, tc.fractional)
			}
		})
	}
}

func ExampleQuantity_Step() {
	for _, q := range Find("unos 300 heridos, en torno a los 11,5 puntos y 4,5 millones de votos") {
		step, fractional := q.Step()
		fmt.Println(q.Text, step, fractional)
	}
	// Output:
	// unos 300 heridos 1 false
	// en torno a los 11,5 puntos 0.1 true
	// 4,5 millones de votos 100000 true
}

func BenchmarkFind(b *testing.B) {
	text := "El terremoto de magnitud 6,8 que sacudió Marruecos el 8 de septiembre de 2023 dejó más de 2.000 muertos " +
		"y al menos 820 heridos, según el último balance del Ministerio del Interior."
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}
