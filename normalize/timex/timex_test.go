package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dedupe-news/dedupe/normalize/internal/lexicon"
)

// wantTimex is one expected expression: its text (its span is found by
// searching the sentence from the end of the previous one), kind, value,
// mod and whether it is relative to the anchor.
type wantTimex struct {
	text  string
	kind  Kind
	value string
	mod   string
	rel   bool
}

func (w wantTimex) String() string {
	return fmt.Sprintf("{%q %s %q %q rel=%v}", w.text, w.kind, w.value, w.mod, w.rel)
}

// Shorthands for the table.
func twDate(text, value string, rel bool) wantTimex { return wantTimex{text, KindDate, value, "", rel} }
func twDateMod(text, value, mod string, rel bool) wantTimex {
	return wantTimex{text, KindDate, value, mod, rel}
}
func twDur(text, value, mod string) wantTimex {
	return wantTimex{text, KindDuration, value, mod, false}
}
func twClock(text, value string, rel bool) wantTimex {
	return wantTimex{text, KindTime, value, "", rel}
}
func twSet(text, value string) wantTimex { return wantTimex{text, KindSet, value, "", false} }

type timexCase struct {
	name, text, anchor string // anchor "" is unknown
	want               []wantTimex
}

// timexCases are sentences phrased as Spanish news phrases them. Unless a
// case says otherwise, day anchors are Wednesday 13 September 2023 (ISO
// week 37).
func timexCases() []timexCase {
	const (
		day   = "2023-09-13"
		month = "2023-09"
		year  = "2023"
		none  = ""
	)
	return []timexCase{
		// Seed articles.
		{"seed mes pasado", "El ministro de Defensa ruso, Serguéi Shoigu, viajó el mes pasado a Corea del Norte con la intención de adquirir municiones adicionales para la guerra, dijo.", month,
			[]wantTimex{twDate("el mes pasado", "2023-08", true)}},
		{"seed en julio", "Watson no detalló cuándo ni dónde podría ocurrir la reunión entre Kim y Putin en Rusia, pero llegaría después de la visita que hizo el ministro de Defensa de Rusia, Sergey Shoygu, a Corea del Norte en julio.", month,
			[]wantTimex{twDate("julio", "2023-07", true)}},
		{"seed este mes", "El diario The New York Times señaló que es probable que Kim, que rara vez viaja fuera de su país, se desplace este mes a Vladivostok, en la costa rusa del Pacífico.", month,
			[]wantTimex{twDate("este mes", "2023-09", true)}},
		{"seed se espera septiembre", "El diario The New York Times informó inicialmente sobre la posible reunión en Rusia, y señaló que se espera que sea en septiembre.", month,
			[]wantTimex{twDate("septiembre", "2023-09", true)}},
		{"seed finales del año pasado", "Irán ha enviado drones y artillería y, a finales del año pasado, Corea del Norte entregó cohetes de infantería.", month,
			[]wantTimex{twDateMod("finales del año pasado", "2022", "END", true)}},
		{"seed año pasado", "El portavoz John Kirby dijo que a pesar de sus negativas, Corea del Norte suministró el año pasado cohetes de infantería y misiles a Rusia.", month,
			[]wantTimex{twDate("el año pasado", "2022", true)}},
		{"seed aproximadamente un mes", "Se estima que Kim podría realizar este viaje en aproximadamente un mes.", month,
			[]wantTimex{twDateMod("aproximadamente un mes", "2023-10", "APPROX", true)}},
		{"seed en 2019", "Aunque su último encuentro fue en 2019, las posibilidades de una reunión entre Putin y Kim Jong-un están en el horizonte nuevamente.", month,
			[]wantTimex{twDate("2019", "2019", false)}},
		{"seed byline", "infoinfusion 4 septiembre, 2023 | Hace 2 años", month,
			[]wantTimex{twDate("4 septiembre, 2023", "2023-09-04", false), twDate("Hace 2 años", "2021", true)}},
		{"seed febrero de 2022", "Las autoridades ucranianas han asegurado que se han producido algunos avances tras la invasión rusa de febrero de 2022, pero Putin volvió a afirmar el lunes que el intento había sido infructuoso.", month,
			[]wantTimex{twDate("febrero de 2022", "2022-02", false), twDate("el lunes", "", true)}},
		{"seed semana pasada day anchor", "La semana pasada, la Casa Blanca dijo que Rusia ya mantenía conversaciones secretas con Corea del Norte.", day,
			[]wantTimex{twDate("La semana pasada", "2023-W36", true)}},
		{"seed semana pasada month anchor", "La semana pasada, la Casa Blanca dijo que Rusia ya mantenía conversaciones secretas con Corea del Norte.", month,
			[]wantTimex{twDate("La semana pasada", "", true)}},
		{"seed noviembre", "En noviembre, la región de Primorsky Krai, en el este de Rusia, anunció que el comercio ferroviario entre los dos países había comenzado por primera vez en tres años.", month,
			[]wantTimex{twDate("noviembre", "2022-11", true), twDur("tres años", "P3Y", "")}},
		{"seed mencionó el lunes", "El funcionario estadounidense mencionó el lunes que Kim podría dirigirse a Rusia en un futuro cercano.", day,
			[]wantTimex{twDate("el lunes", "2023-09-11", true), twDate("futuro", "FUTURE_REF", false)}},
		{"seed invadió en febrero", "Kim ha tratado de reforzar los lazos con Putin desde que invadió Ucrania en febrero de 2022.", month,
			[]wantTimex{twDate("febrero de 2022", "2022-02", false)}},
		{"seed este año", "Rusia ha aumentado los envíos de cereales a Corea del Norte este año en medio de informes generalizados de escasez de alimentos.", month,
			[]wantTimex{twDate("este año", "2023", true)}},
		{"seed caption clock", "Así es la nueva arma que Corea del Norte podría probar pronto 2:24", month, nil},
		{"seed A finales", "A finales del año pasado, Estados Unidos dijo que Corea del Norte había entregado cohetes.", month,
			[]wantTimex{twDateMod("finales del año pasado", "2022", "END", true)}},
		{"seed fue enviado", "Sergei Shoigu, ministro de Defensa de Rusia, fue enviado el mes pasado a una misión diplomática.", month,
			[]wantTimex{twDate("el mes pasado", "2023-08", true)}},
		{"seed el miércoles month anchor", "Según el portavoz John Kirby, el miércoles, esas conversaciones han avanzado a una nueva fase.", month,
			[]wantTimex{twDate("el miércoles", "", true)}},
		{"seed el miércoles day anchor", "Según el portavoz John Kirby, el miércoles, esas conversaciones han avanzado a una nueva fase.", day,
			[]wantTimex{twDate("el miércoles", "2023-09-13", true)}},
		{"seed tachó el lunes", "Putin tachó el lunes de fracaso la contraofensiva.", day,
			[]wantTimex{twDate("el lunes", "2023-09-11", true)}},
		{"seed al menos hoy", "\"Al menos hoy esto es lo que parece. Veamos qué ocurre después\".", month,
			[]wantTimex{twDate("hoy", "2023-09", true)}},

		// Unknown anchor: relative expressions are found but unresolved.
		{"none mes pasado", "El ministro viajó el mes pasado a Corea del Norte.", none,
			[]wantTimex{twDate("el mes pasado", "", true)}},
		{"none ayer", "Ayer, el Gobierno aprobó el decreto.", none,
			[]wantTimex{twDate("Ayer", "", true)}},
		{"none julio", "La cumbre se celebrará en julio.", none,
			[]wantTimex{twDate("julio", "", true)}},
		{"none day no year", "El acuerdo se firmó el 13 de septiembre.", none,
			[]wantTimex{twDate("el 13 de septiembre", "", true)}},
		{"none absolute month", "La invasión comenzó en febrero de 2022.", none,
			[]wantTimex{twDate("febrero de 2022", "2022-02", false)}},
		{"none hace", "Hace tres años que no se veían.", none,
			[]wantTimex{twDate("Hace tres años", "", true)}},
		{"none clock", "La reunión empezó a las 10.30.", none,
			[]wantTimex{twClock("las 10.30", "T10:30", false)}},
		{"none full date", "El tratado se firmó el 4 de septiembre de 2023.", none,
			[]wantTimex{twDate("el 4 de septiembre de 2023", "2023-09-04", false)}},
		{"none lunes", "El presidente dimitió el lunes.", none,
			[]wantTimex{twDate("el lunes", "", true)}},
		{"none esta mañana", "El ministro dimitió esta mañana.", none,
			[]wantTimex{twClock("esta mañana", "", true)}},
		{"none duration", "El asedio duró dos semanas.", none,
			[]wantTimex{twDur("dos semanas", "P2W", "")}},

		// Year anchor.
		{"year julio", "El presidente viajó a Moscú en julio.", year,
			[]wantTimex{twDate("julio", "2023-07", true)}},
		{"year año pasado", "El año pasado murieron 200 personas en la frontera.", year,
			[]wantTimex{twDate("El año pasado", "2022", true)}},
		{"year mes pasado", "El mes pasado se aprobó la ley.", year,
			[]wantTimex{twDate("El mes pasado", "", true)}},
		{"year hoy", "Hoy se vota la ley de amnistía.", year,
			[]wantTimex{twDate("Hoy", "2023", true)}},
		{"year hace", "Hace tres años comenzó la pandemia.", year,
			[]wantTimex{twDate("Hace tres años", "2020", true)}},
		{"year este mes", "El Congreso votará este mes la reforma.", year,
			[]wantTimex{twDate("este mes", "2023", true)}},
		{"year day", "La cumbre se celebró el 13 de septiembre.", year,
			[]wantTimex{twDate("el 13 de septiembre", "2023-09-13", true)}},

		// Month anchor.
		{"month hoy", "Hoy el Parlamento vota la moción.", month,
			[]wantTimex{twDate("Hoy", "2023-09", true)}},
		{"month ayer", "Ayer el Parlamento votó la moción.", month,
			[]wantTimex{twDate("Ayer", "", true)}},
		{"month el lunes", "El lunes el Parlamento votó la moción.", month,
			[]wantTimex{twDate("El lunes", "", true)}},
		{"month esta semana", "Esta semana se decidirá el futuro del Gobierno.", month,
			[]wantTimex{twDate("Esta semana", "", true), twDate("el futuro", "FUTURE_REF", false)}},
		{"month próximo mes", "El próximo mes se reunirán los ministros.", month,
			[]wantTimex{twDate("El próximo mes", "2023-10", true)}},
		{"month weekday fits", "La cumbre empezó el miércoles 13.", month,
			[]wantTimex{twDate("el miércoles 13", "2023-09-13", true)}},
		{"month weekday previous month", "El acuerdo se firmó el martes 29.", month,
			[]wantTimex{twDate("el martes 29", "2023-08-29", true)}},
		{"month hace meses", "El Gobierno aprobó el plan hace dos meses.", month,
			[]wantTimex{twDate("hace dos meses", "2023-07", true)}},
		{"month dentro de", "La reunión se celebrará dentro de un mes.", month,
			[]wantTimex{twDate("dentro de un mes", "2023-10", true)}},
		{"month julio past before", "En julio, el Gobierno aprobó la reforma.", "2023-05",
			[]wantTimex{twDate("julio", "2022-07", true)}},
		{"month julio future", "En julio se celebrará la cumbre de la OTAN.", "2023-05",
			[]wantTimex{twDate("julio", "2023-07", true)}},
		{"month marzo past", "En marzo el Ejército lanzó la ofensiva.", month,
			[]wantTimex{twDate("marzo", "2023-03", true)}},
		{"month enero future", "La reunión será en enero.", month,
			[]wantTimex{twDate("enero", "2024-01", true)}},
		{"month diciembre past", "En diciembre, los precios subieron un 3 %.", month,
			[]wantTimex{twDate("diciembre", "2022-12", true)}},
		{"month día without anchor day", "La votación será el día 20.", month,
			[]wantTimex{twDate("el día 20", "2023-09-20", true)}},

		// Day anchor: days.
		{"ayer", "Ayer, el Tribunal Supremo rechazó el recurso.", day,
			[]wantTimex{twDate("Ayer", "2023-09-12", true)}},
		{"anteayer", "El recurso se presentó anteayer.", day,
			[]wantTimex{twDate("anteayer", "2023-09-11", true)}},
		{"mañana", "El ministro comparecerá mañana ante el Congreso.", day,
			[]wantTimex{twDate("mañana", "2023-09-14", true)}},
		{"pasado mañana", "Los resultados se conocerán pasado mañana.", day,
			[]wantTimex{twDate("pasado mañana", "2023-09-15", true)}},
		{"hoy", "El juicio se reanuda hoy en Madrid.", day,
			[]wantTimex{twDate("hoy", "2023-09-13", true)}},
		{"anoche", "Anoche se registraron nuevos bombardeos.", day,
			[]wantTimex{twClock("Anoche", "2023-09-12TNI", true)}},
		{"esta mañana", "El presidente llegó esta mañana a Kiev.", day,
			[]wantTimex{twClock("esta mañana", "2023-09-13TMO", true)}},
		{"esta tarde", "El Consejo de Ministros se reunirá esta tarde.", day,
			[]wantTimex{twClock("esta tarde", "2023-09-13TAF", true)}},
		{"esta noche", "El presidente hablará esta noche por televisión.", day,
			[]wantTimex{twClock("esta noche", "2023-09-13TNI", true)}},
		{"lunes por la mañana", "Los disparos comenzaron el lunes por la mañana.", day,
			[]wantTimex{twClock("el lunes por la mañana", "2023-09-11TMO", true)}},
		{"ayer por la tarde", "Ayer por la tarde se produjo la explosión.", day,
			[]wantTimex{twClock("Ayer por la tarde", "2023-09-12TAF", true)}},
		{"mañana por la mañana", "El equipo viajará mañana por la mañana a Roma.", day,
			[]wantTimex{twClock("mañana por la mañana", "2023-09-14TMO", true)}},
		{"lunes future", "El presidente viajará el lunes a Kiev.", day,
			[]wantTimex{twDate("el lunes", "2023-09-18", true)}},
		{"pasado viernes", "El pasado viernes, la policía detuvo a tres personas.", day,
			[]wantTimex{twDate("El pasado viernes", "2023-09-08", true)}},
		{"viernes pasado", "La policía detuvo el viernes pasado a tres personas.", day,
			[]wantTimex{twDate("el viernes pasado", "2023-09-08", true)}},
		{"próximo viernes", "La huelga empezará el próximo viernes.", day,
			[]wantTimex{twDate("el próximo viernes", "2023-09-15", true)}},
		{"viernes próximo", "La huelga empieza el viernes próximo.", day,
			[]wantTimex{twDate("el viernes próximo", "2023-09-15", true)}},
		{"lunes que viene", "El juicio se reanuda el lunes que viene.", day,
			[]wantTimex{twDate("el lunes que viene", "2023-09-18", true)}},
		{"este miércoles today", "El Congreso aprobó este miércoles la ley de vivienda.", day,
			[]wantTimex{twDate("este miércoles", "2023-09-13", true)}},
		{"este lunes", "Este lunes, el ministro presentó su dimisión.", day,
			[]wantTimex{twDate("Este lunes", "2023-09-11", true)}},
		{"este jueves future", "El ministro comparecerá este jueves en el Senado.", day,
			[]wantTimex{twDate("este jueves", "2023-09-14", true)}},
		{"domingo past", "Las elecciones se celebraron el domingo.", day,
			[]wantTimex{twDate("el domingo", "2023-09-10", true)}},
		{"sábado future", "El partido se jugará el sábado en Sevilla.", day,
			[]wantTimex{twDate("el sábado", "2023-09-16", true)}},
		{"miércoles of the article's own day", "El Gobierno anunció el miércoles nuevas medidas.", day,
			[]wantTimex{twDate("el miércoles", "2023-09-13", true)}},
		{"miércoles pasado is the week before", "El Gobierno anunció el miércoles pasado nuevas medidas.", day,
			[]wantTimex{twDate("el miércoles pasado", "2023-09-06", true)}},
		{"miércoles to come is next week's", "El Gobierno anunciará el miércoles nuevas medidas.", day,
			[]wantTimex{twDate("el miércoles", "2023-09-20", true)}},
		{"miércoles 13", "La cumbre empezó el miércoles 13.", day,
			[]wantTimex{twDate("el miércoles 13", "2023-09-13", true)}},
		{"martes 12", "Los hechos ocurrieron el martes 12.", day,
			[]wantTimex{twDate("el martes 12", "2023-09-12", true)}},
		{"día 20 past", "La protesta se produjo el día 20.", day,
			[]wantTimex{twDate("el día 20", "2023-08-20", true)}},
		{"jueves 14 future", "El ministro viajará el jueves 14 a Bruselas.", day,
			[]wantTimex{twDate("el jueves 14", "2023-09-14", true)}},
		{"del lunes", "Las lluvias del lunes dejaron tres muertos.", day,
			[]wantTimex{twDate("lunes", "2023-09-11", true)}},

		// Day anchor: weeks, months, years.
		{"semana pasada", "La Casa Blanca lo advirtió la semana pasada.", day,
			[]wantTimex{twDate("la semana pasada", "2023-W36", true)}},
		{"esta semana", "El Parlamento votará esta semana la moción.", day,
			[]wantTimex{twDate("esta semana", "2023-W37", true)}},
		{"próxima semana", "La próxima semana comenzará el juicio.", day,
			[]wantTimex{twDate("La próxima semana", "2023-W38", true)}},
		{"semana que viene", "El juicio comenzará la semana que viene.", day,
			[]wantTimex{twDate("la semana que viene", "2023-W38", true)}},
		{"semana próxima", "Las obras empezarán la semana próxima.", day,
			[]wantTimex{twDate("la semana próxima", "2023-W38", true)}},
		{"mes pasado day anchor", "El paro subió el mes pasado en 20.000 personas.", day,
			[]wantTimex{twDate("el mes pasado", "2023-08", true)}},
		{"pasado mes", "El pasado mes se registraron 300 casos.", day,
			[]wantTimex{twDate("El pasado mes", "2023-08", true)}},
		{"mes que viene", "La ley entrará en vigor el mes que viene.", day,
			[]wantTimex{twDate("el mes que viene", "2023-10", true)}},
		{"próximo año", "El próximo año habrá elecciones generales.", day,
			[]wantTimex{twDate("El próximo año", "2024", true)}},
		{"año que viene", "Las obras terminarán el año que viene.", day,
			[]wantTimex{twDate("el año que viene", "2024", true)}},
		{"año próximo", "El déficit bajará el año próximo.", day,
			[]wantTimex{twDate("el año próximo", "2024", true)}},
		{"pasado año", "El pasado año se batió el récord de turistas.", day,
			[]wantTimex{twDate("El pasado año", "2022", true)}},
		{"del año pasado", "Los datos del año pasado muestran una caída.", day,
			[]wantTimex{twDate("año pasado", "2022", true)}},
		{"este fin de semana", "Miles de personas se manifestaron este fin de semana.", day,
			[]wantTimex{twDate("este fin de semana", "2023-W37-WE", true)}},
		{"fin de semana pasado", "El fin de semana pasado hubo disturbios.", day,
			[]wantTimex{twDate("El fin de semana pasado", "2023-W36-WE", true)}},
		{"el fin de semana", "Los manifestantes se concentraron el fin de semana.", day,
			[]wantTimex{twDate("el fin de semana", "2023-W36-WE", true)}},
		{"próximo fin de semana", "El festival se celebrará el próximo fin de semana.", day,
			[]wantTimex{twDate("el próximo fin de semana", "2023-W37-WE", true)}},

		// Day anchor: hace, dentro de, en.
		{"hace tres años", "Hace tres años que el país vive en guerra.", day,
			[]wantTimex{twDate("Hace tres años", "2020", true)}},
		{"hace dos días", "El terremoto se produjo hace dos días.", day,
			[]wantTimex{twDate("hace dos días", "2023-09-11", true)}},
		{"hace una semana", "El ministro dimitió hace una semana.", day,
			[]wantTimex{twDate("hace una semana", "2023-W36", true)}},
		{"hace año y medio", "La guerra empezó hace un año y medio.", day,
			[]wantTimex{twDate("hace un año y medio", "2022-03", true)}},
		{"hace 48 horas", "El incendio se declaró hace 48 horas.", day,
			[]wantTimex{twDate("hace 48 horas", "2023-09-11", true)}},
		{"hace unos días", "El ministro lo anunció hace unos días.", day,
			[]wantTimex{twDate("hace unos días", "", true)}},
		{"hace más de", "La última reunión fue hace más de dos años.", day,
			[]wantTimex{twDateMod("hace más de dos años", "2021", "MORE_THAN", true)}},
		{"desde hace", "El país vive en guerra desde hace dos años.", day,
			[]wantTimex{twDate("hace dos años", "2021", true)}},
		{"dentro de semanas", "El tribunal decidirá dentro de dos semanas.", day,
			[]wantTimex{twDate("dentro de dos semanas", "2023-W39", true)}},
		{"dentro de días", "La sentencia se conocerá dentro de tres días.", day,
			[]wantTimex{twDate("dentro de tres días", "2023-09-16", true)}},
		{"dentro de años", "La central cerrará dentro de cinco años.", day,
			[]wantTimex{twDate("dentro de cinco años", "2028", true)}},
		{"en tres años future", "El plan se completará en tres años.", day,
			[]wantTimex{twDate("tres años", "2026", true)}},
		{"en dos semanas future", "La ley se votará en dos semanas.", day,
			[]wantTimex{twDate("dos semanas", "2023-W39", true)}},
		{"en 48 horas past", "El ejército avanzó 20 kilómetros en 48 horas.", day,
			[]wantTimex{twDur("48 horas", "PT48H", "")}},

		// Named days and months.
		{"13 de septiembre today", "La cumbre se celebra el 13 de septiembre.", day,
			[]wantTimex{twDate("el 13 de septiembre", "2023-09-13", true)}},
		{"20 de septiembre past", "La ley entró en vigor el 20 de septiembre.", day,
			[]wantTimex{twDate("el 20 de septiembre", "2022-09-20", true)}},
		{"20 de septiembre future", "La ley entrará en vigor el 20 de septiembre.", day,
			[]wantTimex{twDate("el 20 de septiembre", "2023-09-20", true)}},
		{"pasado 4 de septiembre", "El incendio comenzó el pasado 4 de septiembre.", day,
			[]wantTimex{twDate("el pasado 4 de septiembre", "2023-09-04", true)}},
		{"próximo 1 de octubre", "El referéndum será el próximo 1 de octubre.", day,
			[]wantTimex{twDate("el próximo 1 de octubre", "2023-10-01", true)}},
		{"abbreviated month", "Publicado el 12 sep a las 08:15.", day,
			[]wantTimex{twDate("el 12 sep", "2023-09-12", true), twClock("las 08:15", "2023-09-12T08:15", true)}},
		{"abbreviated month dot year", "Actualizado: 3 dic. 2022", none,
			[]wantTimex{twDate("3 dic. 2022", "2022-12-03", false)}},
		{"weekday full date", "El martes 12 de septiembre se votó la ley.", day,
			[]wantTimex{twDate("El martes 12 de septiembre", "2023-09-12", true)}},
		{"weekday full date year", "El martes 12 de septiembre de 2023 se votó la ley.", none,
			[]wantTimex{twDate("El martes 12 de septiembre de 2023", "2023-09-12", false)}},
		{"millennium", "El euro se adoptó el 1 de enero de 2002.", day,
			[]wantTimex{twDate("el 1 de enero de 2002", "2002-01-01", false)}},
		{"leap day", "El decreto se publicó el 29 de febrero de 2024.", day,
			[]wantTimex{twDate("el 29 de febrero de 2024", "2024-02-29", false)}},
		{"no leap day", "El decreto se publicó el 29 de febrero de 2023.", day,
			[]wantTimex{twDate("febrero de 2023", "2023-02", false)}},
		{"numeric date", "Fecha de publicación: 13/09/2023.", none,
			[]wantTimex{twDate("13/09/2023", "2023-09-13", false)}},
		{"iso date", "Actualizado el 2023-09-13 por la redacción.", none,
			[]wantTimex{twDate("2023-09-13", "2023-09-13", false)}},
		{"range of days", "La feria se celebró del 4 al 6 de septiembre.", day,
			[]wantTimex{twDate("4", "2023-09-04", true), twDate("6 de septiembre", "2023-09-06", true)}},
		{"abril de 2019", "El acuerdo se firmó en abril de 2019.", day,
			[]wantTimex{twDate("abril de 2019", "2019-04", false)}},
		{"septiembre de 2023", "Las cifras de septiembre de 2023 son provisionales.", none,
			[]wantTimex{twDate("septiembre de 2023", "2023-09", false)}},
		{"desde 2019", "El país está en recesión desde 2019.", day,
			[]wantTimex{twDate("2019", "2019", false)}},
		{"de 2019", "El informe de 2019 ya lo advertía.", day,
			[]wantTimex{twDate("2019", "2019", false)}},
		{"el año 2019", "El año 2019 fue el más cálido.", day,
			[]wantTimex{twDate("El año 2019", "2019", false)}},
		{"hasta 2025", "La misión se prolongará hasta 2025.", day,
			[]wantTimex{twDate("2025", "2025", false)}},
		{"entre años", "Entre 2019 y 2022 la deuda se duplicó.", day,
			[]wantTimex{twDate("2019", "2019", false), twDate("2022", "2022", false)}},
		{"durante 2020", "Durante 2020 cerraron miles de comercios.", day,
			[]wantTimex{twDate("2020", "2020", false)}},
		{"julio del año pasado", "Las negociaciones se rompieron en julio del año pasado.", day,
			[]wantTimex{twDate("julio del año pasado", "2022-07", true)}},
		{"marzo de este año", "La reforma se aprobó en marzo de este año.", day,
			[]wantTimex{twDate("marzo de este año", "2023-03", true)}},
		{"enero del próximo año", "La ley entrará en vigor en enero del próximo año.", day,
			[]wantTimex{twDate("enero del próximo año", "2024-01", true)}},
		{"pasado mes de julio", "El pasado mes de julio se batió el récord.", day,
			[]wantTimex{twDate("El pasado mes de julio", "2023-07", true)}},
		{"próximo mes de octubre", "Las elecciones serán el próximo mes de octubre.", day,
			[]wantTimex{twDate("el próximo mes de octubre", "2023-10", true)}},
		{"mes de mayo", "Durante el mes de mayo llovió poco.", day,
			[]wantTimex{twDate("el mes de mayo", "2023-05", true)}},
		{"julio pasado", "El incendio de julio pasado arrasó 300 hectáreas.", day,
			[]wantTimex{twDate("julio pasado", "2023-07", true)}},
		{"setiembre", "Las lluvias de setiembre de 2021 fueron históricas.", day,
			[]wantTimex{twDate("setiembre de 2021", "2021-09", false)}},
		{"upper case", "EL MES PASADO SUBIÓ EL PARO EN SEPTIEMBRE DE 2023.", day,
			[]wantTimex{twDate("EL MES PASADO", "2023-08", true), twDate("SEPTIEMBRE DE 2023", "2023-09", false)}},
		{"capital month after en", "La boda se celebró en Agosto.", day,
			[]wantTimex{twDate("Agosto", "2023-08", true)}},

		// Start, middle and end.
		{"mediados de julio", "La ofensiva comenzó a mediados de julio.", day,
			[]wantTimex{twDateMod("mediados de julio", "2023-07", "MID", true)}},
		{"principios de mes", "El Gobierno lo anunció a principios de mes.", day,
			[]wantTimex{twDateMod("principios de mes", "2023-09", "START", true)}},
		{"comienzos de 2022", "Los precios se dispararon a comienzos de 2022.", day,
			[]wantTimex{twDateMod("comienzos de 2022", "2022", "START", false)}},
		{"finales de agosto", "Las tropas se retiraron a finales de agosto.", day,
			[]wantTimex{twDateMod("finales de agosto", "2023-08", "END", true)}},
		{"finales de año", "El Gobierno espera cerrar el acuerdo a finales de año.", day,
			[]wantTimex{twDateMod("finales de año", "2023", "END", true)}},
		{"principios de este año", "A principios de este año el paro bajó.", day,
			[]wantTimex{twDateMod("principios de este año", "2023", "START", true)}},
		{"finales de la semana pasada", "La tregua se rompió a finales de la semana pasada.", day,
			[]wantTimex{twDateMod("finales de la semana pasada", "2023-W36", "END", true)}},
		{"al final del año", "La inflación bajará al final del año.", day,
			[]wantTimex{twDateMod("final del año", "2023", "END", true)}},
		{"mediados del próximo año", "La obra estará lista a mediados del próximo año.", day,
			[]wantTimex{twDateMod("mediados del próximo año", "2024", "MID", true)}},
		{"fines de 2022", "La empresa quebró a fines de 2022.", day,
			[]wantTimex{twDateMod("fines de 2022", "2022", "END", false)}},
		{"principios de septiembre de 2023", "A principios de septiembre de 2023 llegaron los refuerzos.", none,
			[]wantTimex{twDateMod("principios de septiembre de 2023", "2023-09", "START", false)}},
		{"la final de", "Argentina ganó la final de 2022 en Qatar.", day,
			[]wantTimex{twDate("2022", "2022", false)}},

		// Durations.
		{"durante cinco horas", "La reunión se prolongó durante cinco horas.", day,
			[]wantTimex{twDur("cinco horas", "PT5H", "")}},
		{"casi una hora", "El presidente habló durante casi una hora.", day,
			[]wantTimex{twDur("casi una hora", "PT1H", "LESS_THAN")}},
		{"hora y media", "El debate duró una hora y media.", day,
			[]wantTimex{twDur("una hora y media", "PT1H30M", "")}},
		{"unos treinta minutos", "El tiroteo duró unos treinta minutos.", day,
			[]wantTimex{twDur("unos treinta minutos", "PT30M", "APPROX")}},
		{"tres años", "Pasó tres años en prisión.", day,
			[]wantTimex{twDur("tres años", "P3Y", "")}},
		{"dos días", "Los combates duraron dos días.", day,
			[]wantTimex{twDur("dos días", "P2D", "")}},
		{"48 horas", "Los rebeldes dieron un ultimátum de 48 horas.", day,
			[]wantTimex{twDur("48 horas", "PT48H", "")}},
		{"media hora", "El vuelo se retrasó media hora.", day,
			[]wantTimex{twDur("media hora", "PT30M", "")}},
		{"una semana", "La tregua duró una semana.", day,
			[]wantTimex{twDur("una semana", "P1W", "")}},
		{"más de dos horas", "Los pasajeros esperaron más de dos horas.", day,
			[]wantTimex{twDur("más de dos horas", "PT2H", "MORE_THAN")}},
		{"menos de un minuto", "El ataque duró menos de un minuto.", day,
			[]wantTimex{twDur("menos de un minuto", "PT1M", "LESS_THAN")}},
		{"cerca de diez años", "Vivió en el exilio cerca de diez años.", day,
			[]wantTimex{twDur("cerca de diez años", "P10Y", "APPROX")}},
		{"aproximadamente dos semanas", "La investigación duró aproximadamente dos semanas.", day,
			[]wantTimex{twDur("aproximadamente dos semanas", "P2W", "APPROX")}},
		{"año y medio", "La obra durará un año y medio.", day,
			[]wantTimex{twDur("un año y medio", "P1Y6M", "")}},
		{"días y medio", "El rescate duró dos días y medio.", day,
			[]wantTimex{twDur("dos días y medio", "P2DT12H", "")}},
		{"veinticuatro horas", "Los hospitales funcionan veinticuatro horas.", day,
			[]wantTimex{twDur("veinticuatro horas", "PT24H", "")}},
		{"treinta y cinco minutos", "El discurso duró treinta y cinco minutos.", day,
			[]wantTimex{twDur("treinta y cinco minutos", "PT35M", "")}},
		{"un par de días", "Las negociaciones duraron un par de días.", day,
			[]wantTimex{twDur("un par de días", "P2D", "")}},
		{"en un par de días future", "La decisión se tomará en un par de días, según fuentes oficiales.", day,
			[]wantTimex{twDate("un par de días", "2023-09-15", true)}},
		{"horas y minutos", "El juicio duró dos horas y treinta minutos.", day,
			[]wantTimex{twDur("dos horas y treinta minutos", "PT2H30M", "")}},
		{"varios meses", "Las negociaciones duraron varios meses.", day,
			[]wantTimex{twDur("varios meses", "PXM", "")}},
		{"unos días", "Estuvo unos días en Madrid.", day,
			[]wantTimex{twDur("unos días", "PXD", "")}},
		{"decimal hours", "La votación se alargó 1,5 horas.", day,
			[]wantTimex{twDur("1,5 horas", "PT1H30M", "")}},
		{"medio siglo", "El conflicto dura medio siglo.", day,
			[]wantTimex{twDur("medio siglo", "P50Y", "")}},
		{"dos décadas", "El régimen gobernó dos décadas.", day,
			[]wantTimex{twDur("dos décadas", "P2DE", "")}},
		{"15 minutos", "El apagón duró 15 minutos.", day,
			[]wantTimex{twDur("15 minutos", "PT15M", "")}},
		{"10 segundos", "El temblor duró 10 segundos.", day,
			[]wantTimex{twDur("10 segundos", "PT10S", "")}},
		{"alrededor de una hora", "El tiroteo se prolongó alrededor de una hora.", day,
			[]wantTimex{twDur("alrededor de una hora", "PT1H", "APPROX")}},
		{"poco más de un año", "El Gobierno duró poco más de un año.", day,
			[]wantTimex{twDur("poco más de un año", "P1Y", "MORE_THAN")}},
		{"48h glued", "El plazo es de 48h.", day,
			[]wantTimex{twDur("48h", "PT48H", "")}},
		{"10 min", "Retrasos de 10 min en la línea 1.", day,
			[]wantTimex{twDur("10 min", "PT10M", "")}},
		{"age", "El detenido, de 45 años, fue trasladado al juzgado.", day,
			[]wantTimex{wantTimex{"45 años", KindAge, "P45Y", "", false}}},

		// Clock times.
		{"a las 10.30", "La rueda de prensa empezó a las 10.30.", day,
			[]wantTimex{twClock("las 10.30", "2023-09-13T10:30", true)}},
		{"a las 10:30 horas", "El pleno comenzará a las 10:30 horas.", month,
			[]wantTimex{twClock("las 10:30 horas", "T10:30", false)}},
		{"9.00 h", "La sesión arrancó a las 9.00 h.", none,
			[]wantTimex{twClock("las 9.00 h", "T09:00", false)}},
		{"bare h", "Inicio: 10.30 h.", none,
			[]wantTimex{twClock("10.30 h", "T10:30", false)}},
		{"de la tarde", "El incendio se declaró a las 8 de la tarde.", none,
			[]wantTimex{twClock("las 8 de la tarde", "T20:00", false)}},
		{"de la mañana", "Los disparos empezaron a las 7 de la mañana.", none,
			[]wantTimex{twClock("las 7 de la mañana", "T07:00", false)}},
		{"de la noche", "El toque de queda empieza a las 11 de la noche.", none,
			[]wantTimex{twClock("las 11 de la noche", "T23:00", false)}},
		{"la una", "La explosión se produjo a la una.", none,
			[]wantTimex{twClock("la una", "T01:00", false)}},
		{"ocho y media", "El tren salió a las ocho y media.", none,
			[]wantTimex{twClock("las ocho y media", "T08:30", false)}},
		{"desde hasta", "Los colegios abrirán desde las 9 hasta las 14 horas.", none,
			[]wantTimex{twClock("las 9", "T09:00", false), twClock("las 14 horas", "T14:00", false)}},
		{"lunes a las 10", "El juicio comenzó el lunes a las 10.", day,
			[]wantTimex{twDate("el lunes", "2023-09-11", true), twClock("las 10", "2023-09-11T10:00", true)}},
		{"full date clock", "El acto será el 20 de octubre de 2023 a las 12:00.", none,
			[]wantTimex{twDate("el 20 de octubre de 2023", "2023-10-20", false), twClock("las 12:00", "2023-10-20T12:00", false)}},

		// Sets.
		{"cada año", "Cada año, miles de peregrinos visitan el santuario.", day,
			[]wantTimex{twSet("Cada año", "P1Y")}},
		{"todos los lunes", "Los jubilados se manifiestan todos los lunes.", day,
			[]wantTimex{twSet("todos los lunes", "XXXX-WXX-1")}},
		{"cada semana", "El comité se reúne cada semana.", day,
			[]wantTimex{twSet("cada semana", "P1W")}},
		{"cada dos años", "Las elecciones se celebran cada dos años.", day,
			[]wantTimex{twSet("cada dos años", "P2Y")}},
		{"todos los días", "Todos los días mueren civiles.", day,
			[]wantTimex{twSet("Todos los días", "P1D")}},
		{"cada mañana", "El alcalde sale a correr cada mañana.", day,
			[]wantTimex{twSet("cada mañana", "XXXX-XX-XXTMO")}},
		{"los domingos", "El mercado abre los domingos.", day,
			[]wantTimex{twSet("los domingos", "XXXX-WXX-7")}},
		{"diariamente", "El ministerio publica los datos diariamente.", day,
			[]wantTimex{twSet("diariamente", "P1D")}},
		{"anualmente", "El informe se actualiza anualmente.", day,
			[]wantTimex{twSet("anualmente", "P1Y")}},
		{"cada 24 horas", "Las autoridades actualizan el balance cada 24 horas.", day,
			[]wantTimex{twSet("cada 24 horas", "PT24H")}},
		{"todas las semanas", "Todas las semanas llegan cientos de migrantes.", day,
			[]wantTimex{twSet("Todas las semanas", "P1W")}},
		{"cada fin de semana", "La playa se llena cada fin de semana.", day,
			[]wantTimex{twSet("cada fin de semana", "XXXX-WXX-WE")}},
		{"a diario", "Los bombardeos se repiten a diario.", day,
			[]wantTimex{twSet("a diario", "P1D")}},
		{"todos los meses", "La pensión se cobra todos los meses.", day,
			[]wantTimex{twSet("todos los meses", "P1M")}},

		// Offsets in text with accents, quotes and no-break spaces.
		{"curly quotes nbsp", "“Lo haremos”, dijo el ministro el miércoles\u00a013 en Bruselas.", day,
			[]wantTimex{twDate("el miércoles\u00a013", "2023-09-13", true)}},
		{"decomposed accent", "El ministro dimitió el mie\u0301rcoles.", day,
			[]wantTimex{twDate("el mie\u0301rcoles", "2023-09-13", true)}},
		{"unaccented", "El ministro dimitio el miercoles y el sabado hubo protestas.", day,
			[]wantTimex{twDate("el miercoles", "2023-09-13", true), twDate("el sabado", "2023-09-09", true)}},
		{"two sentences", "Ayer hubo protestas. Mañana habrá más.", day,
			[]wantTimex{twDate("Ayer", "2023-09-12", true), twDate("Mañana", "2023-09-14", true)}},

		// More seed-like and tricky cases.
		{"seed other anchor", "Sergei Shoigu, ministro de Defensa de Rusia, fue enviado el mes pasado a una misión diplomática.", "2023-08-30",
			[]wantTimex{twDate("el mes pasado", "2023-07", true)}},
		{"dateline", "Lunes, 11 de septiembre de 2023. El Gobierno aprobó el plan.", none,
			[]wantTimex{twDate("Lunes, 11 de septiembre de 2023", "2023-09-11", false)}},
		{"weekday appositive", "El lunes, 11 de septiembre, hubo huelga general.", day,
			[]wantTimex{twDate("El lunes, 11 de septiembre", "2023-09-11", true)}},
		{"weekday then count", "El martes, 12 personas murieron en el ataque.", day,
			[]wantTimex{twDate("El martes", "2023-09-12", true)}},
		{"10h30", "El pleno arrancó a las 10h30.", none,
			[]wantTimex{twClock("las 10h30", "T10:30", false)}},
		{"29 February no year", "La ley se aprobó el 29 de febrero.", day,
			[]wantTimex{twDate("el 29 de febrero", "2020-02-29", true)}},
		{"year range with a", "Los datos de 2019 a 2022 muestran una caída.", day,
			[]wantTimex{twDate("2019", "2019", false), twDate("2022", "2022", false)}},
		{"será en julio", "La cumbre será en julio.", day,
			[]wantTimex{twDate("julio", "2024-07", true)}},
		{"date comma clock", "El lunes 11 de septiembre de 2023, a las 9:00, comenzó el juicio.", none,
			[]wantTimex{twDate("El lunes 11 de septiembre de 2023", "2023-09-11", false), twClock("las 9:00", "2023-09-11T09:00", false)}},
		{"mañana de", "La reunión de mañana de los ministros será larga.", day,
			[]wantTimex{twDate("mañana", "2023-09-14", true)}},
		{"hace un año from leap day", "El acuerdo se firmó hace un año.", "2024-02-29",
			[]wantTimex{twDate("hace un año", "2023", true)}},
		{"weekday picks previous month", "El pago se hizo el martes 31.", "2023-02-28",
			[]wantTimex{twDate("el martes 31", "2023-01-31", true)}},
		{"el 2023", "El 2023 fue un año difícil.", day,
			[]wantTimex{twDate("2023", "2023", false), twDur("un año", "P1Y", "")}},
		{"future in relative clause", "Según el diario, que cita fuentes oficiales, el presidente viajará el miércoles.", day,
			[]wantTimex{twDate("el miércoles", "2023-09-20", true)}},

		// Negative cases.
		{"url digits", "Fuente: https://www.ft.com/content/0e5bc6c8-6444-41e5-902f-41e9f174803e?shareType=nongift", day, nil},
		{"Mar Negro", "El buque navegaba por el Mar Negro.", day, nil},
		{"mayor", "Es el mayor ejército de Europa.", day, nil},
		{"thousands separator", "El terremoto dejó 2.019 muertos.", day, nil},
		{"decimal comma", "El índice llegó a 2019,5 puntos.", day, nil},
		{"name Julio", "El cantante Julio Iglesias actuó en Miami.", day, nil},
		{"a street named by a date", "Cinco personas murieron en la colonia 20 de Noviembre.", day, nil},
		{"an avenue named by a date", "La marcha recorrió la avenida 9 de Julio hasta el Obelisco.", day, nil},
		{"a date after the place noun", "La plaza el 20 de noviembre se llenó.", day,
			[]wantTimex{twDate("el 20 de noviembre", "2022-11-20", true)}},
		{"a year makes it a date", "La calle 5 de mayo de 2021 quedó cortada.", day,
			[]wantTimex{twDate("5 de mayo de 2021", "2021-05-05", false)}},
		{"más de 2000", "Llegaron más de 2000 soldados.", day, nil},
		{"counted year-like", "Un contingente de 2000 soldados cruzó la frontera.", day, nil},
		{"durante la mañana", "Durante la mañana hubo disparos.", day, nil},
		{"por la mañana alone", "Los disparos se oyeron por la mañana.", day, nil},
		{"bare number", "Con 2023 votos a favor se aprobó la ley.", day, nil},
		{"un segundo", "Se teme un segundo ataque.", day, nil},
		{"a las víctimas", "Los médicos atendieron a las 5 víctimas.", day, nil},
		{"el este", "En el este de Rusia hace frío.", day, nil},
		{"cada vez", "Cada vez más jóvenes emigran.", day, nil},
		{"la otra", "Se pasó de una orilla a la otra.", day, nil},
		{"la mañana de", "La mañana del atentado llovía.", day, nil},
		{"year glued", "El modelo F-2019 y el G2019 se retiraron.", day, nil},
		{"year range glued", "La temporada 2019-2020 se suspendió.", day, nil},
		{"caption time", "Así es la nueva arma 2:24", day, nil},
		{"empty", "", day, nil},
	}
}

func TestFind(t *testing.T) {
	for _, tc := range timexCases() {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc) })
	}
}

// checkFind runs Find on one case and checks values and spans.
func checkFind(t *testing.T, tc timexCase) {
	t.Helper()
	anchor := timexAnchor(t, tc.anchor)
	got := Find(tc.text, anchor)
	if !timexSame(got, tc.want) {
		t.Fatalf("Find(%q, %s) got %v; want %v", tc.text, tc.anchor, timexList(got), tc.want)
	}
	from := 0
	for k, w := range tc.want {
		start := strings.Index(tc.text[from:], w.text)
		if start < 0 || got[k].Start != from+start || got[k].End != from+start+len(w.text) {
			t.Errorf("span of %q: got [%d,%d); want [%d,%d)", w.text, got[k].Start, got[k].End, from+start, from+start+len(w.text))
		}
		if got[k].Text != tc.text[got[k].Start:got[k].End] {
			t.Errorf("Text %q is not text[%d:%d]", got[k].Text, got[k].Start, got[k].End)
		}
		from = got[k].End
	}
}

// TestFindTableSize keeps the table at 160 distinct expressions or
// more: each distinct expected text, and each distinct negative sentence.
func TestFindTableSize(t *testing.T) {
	seen := map[string]bool{}
	for _, tc := range timexCases() {
		if len(tc.want) == 0 {
			seen["negative: "+tc.text] = true
		}
		for _, w := range tc.want {
			seen[lexicon.Fold(w.text)] = true
		}
	}
	t.Logf("%d distinct expressions in %d cases", len(seen), len(timexCases()))
	if len(seen) < 160 {
		t.Errorf("got %d distinct expressions; want at least 160", len(seen))
	}
}

func TestFindSeedSpan(t *testing.T) {
	text := "El ministro de Defensa ruso, Serguéi Shoigu, viajó el mes pasado a Corea del Norte"
	got := Find(text, MonthDate(2023, time.September))
	want := strings.Index(text, "el mes pasado")
	if len(got) != 1 || got[0].Start != want || got[0].Value != "2023-08" {
		t.Fatalf("got %v; want one expression at byte %d valued 2023-08", timexList(got), want)
	}
}

func TestTimexInterval(t *testing.T) {
	tests := []struct {
		name        string
		tx          Timex
		first, last string // "" when ok is false
	}{
		{"year END loose", Timex{Kind: KindDate, Value: "2022", Mod: "END"}, "2022-01-01", "2022-12-31"},
		{"month", Timex{Kind: KindDate, Value: "2023-08"}, "2023-08-01", "2023-08-31"},
		{"february leap", Timex{Kind: KindDate, Value: "2024-02"}, "2024-02-01", "2024-02-29"},
		{"day", Timex{Kind: KindDate, Value: "2023-09-13"}, "2023-09-13", "2023-09-13"},
		{"week", Timex{Kind: KindDate, Value: "2023-W36"}, "2023-09-04", "2023-09-10"},
		{"week 53", Timex{Kind: KindDate, Value: "2020-W53"}, "2020-12-28", "2021-01-03"},
		{"week 1 in previous year", Timex{Kind: KindDate, Value: "2025-W01"}, "2024-12-30", "2025-01-05"},
		{"weekend", Timex{Kind: KindDate, Value: "2023-W36-WE"}, "2023-09-09", "2023-09-10"},
		{"time with day", Timex{Kind: KindTime, Value: "2023-09-13T10:30"}, "2023-09-13", "2023-09-13"},
		{"part of day", Timex{Kind: KindTime, Value: "2023-09-12TAF"}, "2023-09-12", "2023-09-12"},
		{"clock only", Timex{Kind: KindTime, Value: "T10:30"}, "", ""},
		{"unresolved", Timex{Kind: KindDate, Relative: true}, "", ""},
		{"duration", Timex{Kind: KindDuration, Value: "P1Y"}, "", ""},
		{"set", Timex{Kind: KindSet, Value: "P1W"}, "", ""},
		{"bad month", Timex{Kind: KindDate, Value: "2023-13"}, "", ""},
		{"bad day", Timex{Kind: KindDate, Value: "2023-02-30"}, "", ""},
		{"bad week", Timex{Kind: KindDate, Value: "2023-W60"}, "", ""},
		{"garbage", Timex{Kind: KindDate, Value: "20x3"}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first, last, ok := tc.tx.Interval()
			var gf, gl string
			if ok {
				gf, gl = first.Format(time.DateOnly), last.Format(time.DateOnly)
			}
			if gf != tc.first || gl != tc.last || ok != (tc.first != "") {
				t.Errorf("Interval(%q) got %s..%s ok=%v; want %s..%s", tc.tx.Value, gf, gl, ok, tc.first, tc.last)
			}
		})
	}
}

func TestTimexIntervalContainment(t *testing.T) {
	anchor := DayDate(2023, time.September, 13)
	got := Find("A finales del año pasado y el mes pasado, la semana pasada.", anchor)
	if len(got) != 3 {
		t.Fatalf("got %v; want 3 expressions", timexList(got))
	}
	y1, y2, ok1 := got[0].Interval()
	m1, m2, ok2 := got[1].Interval()
	w1, w2, ok3 := got[2].Interval()
	if !ok1 || !ok2 || !ok3 {
		t.Fatalf("got ok %v %v %v; want all true", ok1, ok2, ok3)
	}
	if y1.Year() != 2022 || y2.Year() != 2022 {
		t.Errorf("END of 2022: got %v..%v; want within 2022", y1, y2)
	}
	if m1.Before(txUTC(2023, 1, 1)) || m2.After(txUTC(2023, 12, 31)) || m1.Month() != time.August {
		t.Errorf("2023-08: got %v..%v; want August 2023", m1, m2)
	}
	if w1.Weekday() != time.Monday || w2.Sub(w1) != 6*24*time.Hour || !anchor.First().After(w2) {
		t.Errorf("last week: got %v..%v; want Monday to Sunday before the anchor", w1, w2)
	}
}

func ExampleFind() {
	anchor, _ := ParseDate("2023-09-13")
	text := "El ministro viajó el mes pasado a Pyongyang y volverá en aproximadamente un mes, a las 10.30."
	for _, t := range Find(text, anchor) {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%q %s %s %s", t.Text, t.Kind, t.Value, t.Mod)))
	}
	// Output:
	// "el mes pasado" date 2023-08
	// "aproximadamente un mes" date 2023-10 APPROX
	// "las 10.30" time 2023-09-13T10:30
}

func BenchmarkFind(b *testing.B) {
	text := "El ministro de Defensa ruso, Serguéi Shoigu, viajó el mes pasado a Corea del Norte con la intención de adquirir municiones adicionales para la guerra, dijo."
	anchor := MonthDate(2023, time.September)
	b.ReportAllocs()
	for b.Loop() {
		Find(text, anchor)
	}
}

func timexAnchor(t testing.TB, s string) Date {
	t.Helper()
	if s == "" {
		return Date{}
	}
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func timexSame(got []Timex, want []wantTimex) bool {
	if len(got) != len(want) {
		return false
	}
	for k, w := range want {
		g := got[k]
		if g.Text != w.text || g.Kind != w.kind || g.Value != w.value || g.Mod != w.mod || g.Relative != w.rel {
			return false
		}
	}
	return true
}

func timexList(ts []Timex) []wantTimex {
	out := make([]wantTimex, len(ts))
	for k, t := range ts {
		out[k] = wantTimex{t.Text, t.Kind, t.Value, t.Mod, t.Relative}
	}
	return out
}
