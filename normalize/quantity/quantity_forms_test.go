package quantity

import (
	"math"
	"testing"
)

// formCases are news sentences with the forms of issue 12, part
// "Numbers": decimals, percentages and fractions in words, negative
// figures, fractions in digits, money in two parts, currency prefixes,
// ranges and glued units. The fuzz test is seeded with them.
var formCases = []struct {
	name, text string
	want       []wantQuantity
}{
	// Decimals in words, percentages in words.
	{"coma por ciento", "La inflación interanual se situó en el dos coma cinco por ciento en agosto.", []wantQuantity{
		wantQ("dos coma cinco por ciento", 2.5, Exact, "%")}},
	{"coma after article", "El PIB creció un tres coma dos por ciento en el segundo trimestre.", []wantQuantity{
		wantQ("tres coma dos por ciento", 3.2, Exact, "%")}},
	{"coma teen", "El desempleo bajó al once coma cuatro por ciento, según el INE.", []wantQuantity{
		wantQ("once coma cuatro por ciento", 11.4, Exact, "%")}},
	{"coma two decimals", "La tasa de interés quedó en cuatro coma veinticinco por ciento.", []wantQuantity{
		wantQ("cuatro coma veinticinco por ciento", 4.25, Exact, "%")}},
	{"uno coma", "El crecimiento será del uno coma cinco por ciento, según el FMI.", []wantQuantity{
		wantQ("uno coma cinco por ciento", 1.5, Exact, "%")}},
	{"cero coma puntos", "La prima de riesgo subió cero coma tres puntos en la apertura.", []wantQuantity{
		wantQ("cero coma tres puntos", 0.3, Exact, quantStem("puntos"))}},
	{"punto decimal", "El índice avanzó dos punto cinco puntos en la sesión del lunes.", []wantQuantity{
		wantQ("dos punto cinco puntos", 2.5, Exact, quantStem("puntos"))}},
	{"coma cero", "La economía se contrajo un uno coma cero cinco por ciento.", []wantQuantity{
		wantQ("uno coma cero cinco por ciento", 1.05, Exact, "%")}},
	{"coma veintiocho", "El paro juvenil alcanzó el veintiocho coma siete por ciento.", []wantQuantity{
		wantQ("veintiocho coma siete por ciento", 28.7, Exact, "%")}},
	{"coma treinta y dos", "Los precios de la vivienda subieron un treinta y dos coma cinco por ciento.", []wantQuantity{
		wantQ("treinta y dos coma cinco por ciento", 32.5, Exact, "%")}},
	{"coma sesenta y cinco", "La participación fue del sesenta y cinco coma tres por ciento.", []wantQuantity{
		wantQ("sesenta y cinco coma tres por ciento", 65.3, Exact, "%")}},
	{"coma after de", "El Gobierno prevé un déficit de tres coma nueve por ciento del PIB.", []wantQuantity{
		wantQ("tres coma nueve por ciento", 3.9, Exact, "%")}},
	{"coma millones hedged", "La población creció hasta los dos coma cinco millones de habitantes.", []wantQuantity{
		wantQ("hasta los dos coma cinco millones de habitantes", 2.5e6, AtMost, quantStem("habitantes"))}},
	{"coma millones euros", "El préstamo asciende a uno coma dos millones de euros.", []wantQuantity{
		wantQ("uno coma dos millones de euros", 1.2e6, Exact, quantStem("euros"))}},
	{"ciento coma", "La deuda pública equivale al ciento diez coma cinco por ciento del PIB.", []wantQuantity{
		wantQ("ciento diez coma cinco por ciento", 110.5, Exact, "%")}},
	{"coma trece", "La tasa de paro es del trece coma cinco por ciento.", []wantQuantity{
		wantQ("trece coma cinco por ciento", 13.5, Exact, "%")}},
	{"coma ocho", "El petróleo subió un cuatro coma ocho por ciento en la semana.", []wantQuantity{
		wantQ("cuatro coma ocho por ciento", 4.8, Exact, "%")}},
	{"cero coma dos", "La caída fue del cero coma dos por ciento en julio.", []wantQuantity{
		wantQ("cero coma dos por ciento", 0.2, Exact, "%")}},
	{"coma uno", "El euro se apreció un uno coma uno por ciento frente al dólar.", []wantQuantity{
		wantQ("uno coma uno por ciento", 1.1, Exact, "%")}},
	{"coma cuarenta", "Los salarios crecieron un seis coma cuarenta por ciento.", []wantQuantity{
		wantQ("seis coma cuarenta por ciento", 6.4, Exact, "%")}},
	{"punto por ciento", "El selectivo ganó un dos punto tres por ciento al cierre.", []wantQuantity{
		wantQ("dos punto tres por ciento", 2.3, Exact, "%")}},
	{"coma unit", "El sismo se sintió a nueve coma cinco kilómetros del epicentro.", []wantQuantity{
		wantQ("nueve coma cinco kilómetros", 9.5, Exact, quantStem("kilómetros"))}},
	{"coma is a noun", "El herido lleva dos semanas en coma inducido.", []wantQuantity{
		wantQ("dos semanas", 2, Exact, quantStem("semanas"))}},
	{"punto is a unit", "El índice bajó tres puntos y luego un punto más.", []wantQuantity{
		wantQ("tres puntos", 3, Exact, quantStem("puntos"))}},

	// Decimals after "con".
	{"con alone", "El kilo de tomate cuesta ya siete con cincuenta en el mercado.", []wantQuantity{
		wantQ("siete con cincuenta", 7.5, Exact, "")}},
	{"con uno", "El litro de gasóleo se vende a uno con veinte euros.", []wantQuantity{
		wantQ("uno con veinte euros", 1.2, Exact, quantStem("euros"))}},
	{"con metros", "El atleta saltó ocho con cuarenta y cinco metros.", []wantQuantity{
		wantQ("ocho con cuarenta y cinco metros", 8.45, Exact, quantStem("metros"))}},
	{"con before counted noun", "Eran dos con tres niños a su cargo.", []wantQuantity{
		wantQ("dos", 2, Exact, ""),
		wantQ("tres niños", 3, Exact, quantStem("niños"))}},
	{"con before unlisted noun", "El equipo ganó cinco con dos goles de penalti.", []wantQuantity{
		wantQ("cinco", 5, Exact, ""),
		wantQ("dos goles", 2, Exact, quantStem("goles"))}},
	{"con before no number", "Los dos con más votos pasan a la segunda vuelta.", []wantQuantity{
		wantQ("dos", 2, Exact, "")}},
	{"con por ciento", "La subida fue de tres con cinco por ciento.", []wantQuantity{
		wantQ("tres con cinco por ciento", 3.5, Exact, "%")}},

	// Negative figures.
	{"minus glued percent", "La economía registró una caída de -1,5 % en el trimestre.", []wantQuantity{
		wantQ("-1,5 %", -1.5, Exact, "%")}},
	{"minus glued degrees hedged", "Las temperaturas bajarán hasta -5 grados esta noche.", []wantQuantity{
		wantQ("hasta -5 grados", -5, AtMost, quantStem("grados"))}},
	{"menos degrees", "El termómetro marcó menos 3 grados en Burgos.", []wantQuantity{
		wantQ("menos 3 grados", -3, Exact, quantStem("grados"))}},
	{"menos words degrees", "Se esperan mínimas de menos diez grados en el Pirineo.", []wantQuantity{
		wantQ("menos diez grados", -10, Exact, quantStem("grados"))}},
	{"a dash after a number opens an aside", "Ganó en 20 -19 provincias más la capital.", []wantQuantity{
		wantQ("20", 20, Exact, ""), wantQ("19 provincias", 19, Exact, quantStem("provincias"))}},
	{"a dash after a number, before a signed unit", "Las mínimas irán de 2 -3 grados en el valle.", []wantQuantity{
		wantQ("2", 2, Exact, ""), wantQ("-3 grados", -3, Exact, quantStem("grados"))}},
	{"minus after article", "El IPC varió un -0,3 % en septiembre.", []wantQuantity{
		wantQ("-0,3 %", -0.3, Exact, "%")}},
	{"unicode minus", "El Ibex cerró con una variación de −2,1 % en la sesión.", []wantQuantity{
		wantQ("−2,1 %", -2.1, Exact, "%")}},
	{"spaced minus points", "El índice de confianza cayó a - 4,2 puntos en mayo.", []wantQuantity{
		wantQ("- 4,2 puntos", -4.2, Exact, quantStem("puntos"))}},
	{"menos coma degrees", "La temperatura mínima fue de menos dos coma cinco grados.", []wantQuantity{
		wantQ("menos dos coma cinco grados", -2.5, Exact, quantStem("grados"))}},
	{"minus millions", "El saldo comercial fue de -300 millones de euros.", []wantQuantity{
		wantQ("-300 millones de euros", -3e8, Exact, quantStem("euros"))}},
	{"al menos is a hedge", "Al menos 3 grados separaron las dos previsiones.", []wantQuantity{
		wantQ("Al menos 3 grados", 3, AtLeast, quantStem("grados")),
		wantQ("dos previsiones", 2, Exact, quantStem("previsiones"))}},
	{"menos de is a hedge", "Hay menos de 3 grados de diferencia entre las dos ciudades.", []wantQuantity{
		wantQ("menos de 3 grados", 3, LessThan, quantStem("grados")),
		wantQ("dos ciudades", 2, Exact, quantStem("ciudades"))}},
	{"minus degree sign", "Las mínimas rondarán los -8 °C en Teruel.", []wantQuantity{
		wantQ("-8 °C", -8, Exact, quantStem("grados"))}},
	{"minus glued ordinal-style degrees", "El termómetro llegó a −12ºC en la madrugada.", []wantQuantity{
		wantQ("−12ºC", -12, Exact, quantStem("grados"))}},
	{"degree sign", "Se alcanzaron 42 °C a la sombra en Córdoba.", []wantQuantity{
		wantQ("42 °C", 42, Exact, quantStem("grados"))}},
	{"minus interannual", "El PIB retrocedió un -0,8 % interanual.", []wantQuantity{
		wantQ("-0,8 %", -0.8, Exact, "%")}},
	{"minus one percent", "La inflación subyacente marcó -1 % en marzo.", []wantQuantity{
		wantQ("-1 %", -1, Exact, "%")}},
	{"minus fifteen degrees", "Se registraron -15 grados en Siberia.", []wantQuantity{
		wantQ("-15 grados", -15, Exact, quantStem("grados"))}},
	{"menos twenty", "El termómetro bajó a menos 20 grados en Laponia.", []wantQuantity{
		wantQ("menos 20 grados", -20, Exact, quantStem("grados"))}},
	{"menos points", "El saldo de opiniones fue de menos 4 puntos.", []wantQuantity{
		wantQ("menos 4 puntos", -4, Exact, quantStem("puntos"))}},
	{"menos cinco grados", "La temperatura rozó los menos cinco grados al amanecer.", []wantQuantity{
		wantQ("menos cinco grados", -5, Exact, quantStem("grados"))}},
	{"hedge article menos", "El FMI recortó su previsión hasta el menos 0,5 %.", []wantQuantity{
		wantQ("hasta el menos 0,5 %", -0.5, AtMost, "%")}},
	{"menos before a count is no sign", "Este año hubo 3 heridos menos que en 2022.", []wantQuantity{
		wantQ("3 heridos", 3, Exact, quantStem("heridos"))}},
	{"spaced dash before a count is no sign", "Balance del día - 3 muertos en el norte.", []wantQuantity{
		wantQ("3 muertos", 3, Exact, quantStem("muertos"))}},

	// Fractions.
	{"fraction de milla", "El corredor aventajó a su rival por 1/4 de milla.", []wantQuantity{
		wantQ("1/4 de milla", 0.25, Exact, quantStem("milla"))}},
	{"mixed fraction", "El barco recorrió 10 1/2 millas antes de hundirse.", []wantQuantity{
		wantQ("10 1/2 millas", 10.5, Exact, quantStem("millas"))}},
	{"fraction of the harvest", "La helada arruinó 3/4 de la cosecha de naranjas.", []wantQuantity{
		wantQ("3/4", 0.75, Exact, "")}},
	{"un cuarto de hora", "El partido se alargó un cuarto de hora por la lluvia.", []wantQuantity{
		wantQ("un cuarto de hora", 0.25, Exact, quantStem("hora"))}},
	{"tres cuartos", "Tres cuartos de la población viven en ciudades.", []wantQuantity{
		wantQ("Tres cuartos", 0.75, Exact, "")}},
	{"dos tercios", "El oficialismo obtuvo dos tercios de los escaños.", []wantQuantity{
		wantQ("dos tercios", 2.0/3, Exact, "")}},
	{"un tercio", "Un tercio de los encuestados apoya la medida.", []wantQuantity{
		wantQ("Un tercio", 1.0/3, Exact, "")}},
	{"cuarto de hotel", "El detenido se alojaba en un cuarto de hotel del centro.", nil},
	{"cuarto lugar", "La selección terminó en cuarto lugar del torneo.", nil},
	{"media milla", "La caminata solidaria fue de media milla.", []wantQuantity{
		wantQ("media milla", 0.5, Exact, quantStem("milla"))}},
	{"medio kilo", "Perdió medio kilo en una semana de huelga de hambre.", []wantQuantity{
		wantQ("medio kilo", 0.5, Exact, quantStem("kilo")),
		wantQ("una semana", 1, Exact, quantStem("semana"))}},
	{"fraction hedged", "El embalse se llenó hasta 1/2 de su capacidad.", []wantQuantity{
		wantQ("hasta 1/2", 0.5, AtMost, "")}},
	{"mixed quarter points", "La tasa se fijó en 2 1/4 puntos.", []wantQuantity{
		wantQ("2 1/4 puntos", 2.25, Exact, quantStem("puntos"))}},
	{"tres cuartos de hora hedged", "Cerca de tres cuartos de hora duró el discurso.", []wantQuantity{
		wantQ("Cerca de tres cuartos de hora", 0.75, Approx, quantStem("hora"))}},
	{"fraction third", "Se perdió 1/3 de la cosecha por la sequía.", []wantQuantity{
		wantQ("1/3", 1.0/3, Exact, "")}},
	{"mixed three quarters", "El caballo ganó por 5 3/4 cuerpos.", []wantQuantity{
		wantQ("5 3/4 cuerpos", 5.75, Exact, quantStem("cuerpos"))}},
	{"half point", "La inflación subió 1/2 punto en octubre.", []wantQuantity{
		wantQ("1/2 punto", 0.5, Exact, quantStem("punto"))}},
	{"el cuarto de hora", "El cuarto de hora final fue intenso.", nil},
	{"los dos tercios", "La ley obtuvo los dos tercios de la cámara.", []wantQuantity{
		wantQ("dos tercios", 2.0/3, Exact, "")}},
	{"round the clock", "La planta opera 24/7 desde marzo.", nil},
	{"slash date", "La sesión del 12/03/2023 fue tensa.", nil},
	{"short slash date", "El plazo vence el 1/3/2024 a medianoche.", nil},
	{"slash number", "Se votó la resolución 2/2023 del consejo.", nil},
	{"numerator above denominator", "La ley 10/4 fue derogada.", nil},

	// Money in two parts.
	{"dollars and cents", "El pasaje cuesta 15 dólares y 15 centavos.", []wantQuantity{
		wantQ("15 dólares y 15 centavos", 15.15, Exact, quantStem("dólares"))}},
	{"euros con céntimos", "El litro de leche subió a dos euros con cincuenta céntimos.", []wantQuantity{
		wantQ("dos euros con cincuenta céntimos", 2.5, Exact, quantStem("euros"))}},
	{"pesos con centavos", "El boleto quedó en 3 pesos con 20 centavos.", []wantQuantity{
		wantQ("3 pesos con 20 centavos", 3.2, Exact, quantStem("pesos"))}},
	{"euros con alone", "La entrada vale siete euros con cincuenta.", []wantQuantity{
		wantQ("siete euros con cincuenta", 7.5, Exact, quantStem("euros"))}},
	{"libra y peniques", "El sello cuesta una libra y 10 peniques.", []wantQuantity{
		wantQ("una libra y 10 peniques", 1.1, Exact, quantStem("libra"))}},
	{"dollars and people", "Pagó 20 dólares y dos amigos pagaron el resto.", []wantQuantity{
		wantQ("20 dólares", 20, Exact, quantStem("dólares")),
		wantQ("dos amigos", 2, Exact, quantStem("amigos"))}},
	{"symbol con centavos", "Cobran $15 con 50 centavos por viaje.", []wantQuantity{
		wantQ("$15 con 50 centavos", 15.5, Exact, "$")}},
	{"euros y céntimos", "El menú del día cuesta 12 euros y 50 céntimos.", []wantQuantity{
		wantQ("12 euros y 50 céntimos", 12.5, Exact, quantStem("euros"))}},
	{"dollars con centavos", "El pasaje subió a 3 dólares con 25 centavos.", []wantQuantity{
		wantQ("3 dólares con 25 centavos", 3.25, Exact, quantStem("dólares"))}},
	{"un euro con céntimos", "El café cuesta un euro con veinte céntimos.", []wantQuantity{
		wantQ("un euro con veinte céntimos", 1.2, Exact, quantStem("euro"))}},
	{"hundred dollars five cents", "Pagó 100 dólares y 5 centavos de multa.", []wantQuantity{
		wantQ("100 dólares y 5 centavos", 100.05, Exact, quantStem("dólares"))}},
	{"money hedged", "Unos 15 dólares y 50 centavos cuesta el menú.", []wantQuantity{
		wantQ("Unos 15 dólares y 50 centavos", 15.5, Approx, quantStem("dólares"))}},

	// Currency prefixes.
	{"US$ spaced millions", "Brasil recibió US$ 500 millones del BID.", []wantQuantity{
		wantQ("US$ 500 millones", 5e8, Exact, quantStem("dólares"))}},
	{"US$ glued", "La multa asciende a US$500.", []wantQuantity{
		wantQ("US$500", 500, Exact, quantStem("dólares"))}},
	{"U$S", "El salario mínimo es de U$S 300.", []wantQuantity{
		wantQ("U$S 300", 300, Exact, quantStem("dólares"))}},
	{"R$", "El pasaje cuesta R$ 120 en São Paulo.", []wantQuantity{
		wantQ("R$ 120", 120, Exact, quantStem("reales"))}},
	{"MXN$", "El gobierno pagó MXN$ 2.500 por persona.", []wantQuantity{
		wantQ("MXN$ 2.500", 2500, Exact, quantStem("pesos"))}},
	{"pound spaced", "El precio llegó a £ 45 por barril.", []wantQuantity{
		wantQ("£ 45", 45, Exact, quantStem("libras"))}},
	{"yen spaced", "El reloj se vendió por ¥ 3.000 en Tokio.", []wantQuantity{
		wantQ("¥ 3.000", 3000, Exact, quantStem("yenes"))}},
	{"euro glued before al mes", "La cuota es de €50 al mes.", []wantQuantity{
		wantQ("€50", 50, Exact, quantStem("euros"))}},
	{"bare dollar sign", "El dólar blue cotizó a $ 1.000 en Buenos Aires.", []wantQuantity{
		wantQ("$ 1.000", 1000, Exact, "$")}},
	{"hedge before US$", "Más de US$ 2.000 millones salieron del país.", []wantQuantity{
		wantQ("Más de US$ 2.000 millones", 2e9, MoreThan, quantStem("dólares"))}},
	{"USD code", "El contrato vale USD 3,5 millones.", []wantQuantity{
		wantQ("USD 3,5 millones", 3.5e6, Exact, quantStem("dólares"))}},
	{"soles", "El pasaje en Lima cuesta S/ 50.", []wantQuantity{
		wantQ("S/ 50", 50, Exact, quantStem("soles"))}},
	{"soles with dot", "Perú recaudó S/. 1.200 millones en julio.", []wantQuantity{
		wantQ("S/. 1.200 millones", 1.2e9, Exact, quantStem("soles"))}},
	{"US$ thousands millions", "El crédito es de US$ 1.500 millones.", []wantQuantity{
		wantQ("US$ 1.500 millones", 1.5e9, Exact, quantStem("dólares"))}},
	{"AR$", "La provincia exportó por AR$ 200 millones.", []wantQuantity{
		wantQ("AR$ 200 millones", 2e8, Exact, quantStem("pesos"))}},
	{"COP$", "La tarifa vale COP$ 50.000 desde enero.", []wantQuantity{
		wantQ("COP$ 50.000", 50000, Exact, quantStem("pesos"))}},
	{"euro million", "El premio era de €1 millón.", []wantQuantity{
		wantQ("€1 millón", 1e6, Exact, quantStem("euros"))}},
	{"approx US$", "Cerca de US$ 300 millones costará el puente.", []wantQuantity{
		wantQ("Cerca de US$ 300 millones", 3e8, Approx, quantStem("dólares"))}},
	{"EUR code", "La sanción asciende a EUR 40 millones.", []wantQuantity{
		wantQ("EUR 40 millones", 4e7, Exact, quantStem("euros"))}},

	// Ranges.
	{"de a range", "El terremoto dejó de 5.000 a 11.000 muertos, según distintas fuentes.", []wantQuantity{
		wantRange("de 5.000 a 11.000 muertos", 5000, 11000, quantStem("muertos"))}},
	{"entre y personas", "Entre 20 y 30 personas resultaron heridas.", []wantQuantity{
		wantRange("Entre 20 y 30 personas", 20, 30, quantStem("personas"))}},
	{"entre y manifestantes", "Se esperan entre 2.000 y 3.000 manifestantes.", []wantQuantity{
		wantRange("entre 2.000 y 3.000 manifestantes", 2000, 3000, quantStem("manifestantes"))}},
	{"de a km/h", "Los vientos soplarán de 80 a 100 km/h.", []wantQuantity{
		wantRange("de 80 a 100 km", 80, 100, "km")}},
	{"entre y millones", "La obra costará entre 5 y 7 millones de euros.", []wantQuantity{
		wantRange("entre 5 y 7 millones de euros", 5e6, 7e6, quantStem("euros"))}},
	{"entre words", "Hubo entre treinta y cuarenta detenidos.", []wantQuantity{
		wantRange("entre treinta y cuarenta detenidos", 30, 40, quantStem("detenidos"))}},
	{"hyphen families", "La evacuación afectará a 10-15 familias.", []wantQuantity{
		wantRange("10-15 familias", 10, 15, quantStem("familias"))}},
	{"hyphen percent", "La inflación se moverá en una franja de 3-4 %.", []wantQuantity{
		wantRange("3-4 %", 3, 4, "%")}},
	{"en dash metres", "Se prevén olas de 4–6 metros en la costa.", []wantQuantity{
		wantRange("4–6 metros", 4, 6, quantStem("metros"))}},
	{"hyphen cases", "Atienden 10-15 casos cada día.", []wantQuantity{
		wantRange("10-15 casos", 10, 15, quantStem("casos"))}},
	{"change is no range", "Los contagios pasaron de 5.000 a 11.000 en una semana.", []wantQuantity{
		wantQ("5.000", 5000, Exact, ""),
		wantQ("11.000", 11000, Exact, ""),
		wantQ("una semana", 1, Exact, quantStem("semana"))}},
	{"rise is no range", "El precio del pan subió de 3 a 5 dólares.", []wantQuantity{
		wantQ("3", 3, Exact, ""),
		wantQ("5 dólares", 5, Exact, quantStem("dólares"))}},
	{"entre fallecidos", "El balance oscila entre 150 y 200 fallecidos.", []wantQuantity{
		wantRange("entre 150 y 200 fallecidos", 150, 200, quantStem("fallecidos"))}},
	{"entre sospechosos", "La policía detuvo a entre 40 y 50 sospechosos.", []wantQuantity{
		wantRange("entre 40 y 50 sospechosos", 40, 50, quantStem("sospechosos"))}},
	{"de a negative", "Las temperaturas irán de -5 a 10 grados.", []wantQuantity{
		wantRange("de -5 a 10 grados", -5, 10, quantStem("grados"))}},
	{"entre negatives", "Las mínimas oscilaron entre -3 y -1 grados.", []wantQuantity{
		wantRange("entre -3 y -1 grados", -3, -1, quantStem("grados"))}},
	{"de a euros", "El barril costará de 100 a 120 euros.", []wantQuantity{
		wantRange("de 100 a 120 euros", 100, 120, quantStem("euros"))}},
	{"de a millones", "Los daños van de 2 a 3 millones de dólares.", []wantQuantity{
		wantRange("de 2 a 3 millones de dólares", 2e6, 3e6, quantStem("dólares"))}},
	{"de a días", "La entrega tarda de 3 a 5 días.", []wantQuantity{
		wantRange("de 3 a 5 días", 3, 5, quantStem("días"))}},
	{"de a réplicas", "Se registraron de 10 a 12 réplicas por hora.", []wantQuantity{
		wantRange("de 10 a 12 réplicas", 10, 12, quantStem("réplicas"))}},
	{"entre soldados", "La OTAN desplegará entre 3.000 y 5.000 soldados.", []wantQuantity{
		wantRange("entre 3.000 y 5.000 soldados", 3000, 5000, quantStem("soldados"))}},
	{"score", "El equipo local ganó 2-1 en la final.", nil},
	{"tie score", "La final terminó 1-1 tras la prórroga.", nil},
	{"year range", "Entre 2019 y 2021 murieron 300 personas.", []wantQuantity{
		wantQ("300 personas", 300, Exact, quantStem("personas"))}},
	{"hyphen days", "La cumbre será del 12-15 de mayo.", nil},
	{"hyphen school year", "El curso 2023-2024 fue difícil.", nil},
	{"de a migrantes", "Un grupo de 20 a 25 migrantes llegó a la costa.", []wantQuantity{
		wantRange("de 20 a 25 migrantes", 20, 25, quantStem("migrantes"))}},
	{"entre decimal millones", "Votarán entre 1,5 y 2 millones de personas.", []wantQuantity{
		wantRange("entre 1,5 y 2 millones de personas", 1.5e6, 2e6, quantStem("personas"))}},
	{"de a civiles", "Se calcula que murieron de 200 a 300 civiles.", []wantQuantity{
		wantRange("de 200 a 300 civiles", 200, 300, quantStem("civiles"))}},
	{"entre thousands", "La marcha reunió entre 10.000 y 15.000 personas.", []wantQuantity{
		wantRange("entre 10.000 y 15.000 personas", 10000, 15000, quantStem("personas"))}},
	{"entre litros", "Caerán entre 20 y 40 litros por metro cuadrado.", []wantQuantity{
		wantRange("entre 20 y 40 litros", 20, 40, quantStem("litros"))}},
	{"entre percent", "Los analistas esperan entre 2 y 3 % de crecimiento.", []wantQuantity{
		wantRange("entre 2 y 3 %", 2, 3, "%")}},
	{"de a semanas", "La reparación tardará de 2 a 3 semanas.", []wantQuantity{
		wantRange("de 2 a 3 semanas", 2, 3, quantStem("semanas"))}},
	{"hyphen mm", "Se esperan 30-40 mm de lluvia.", []wantQuantity{
		wantRange("30-40 mm", 30, 40, "mm")}},
	{"hyphen percent hedged", "Los votos nulos rondan el 5-7 %.", []wantQuantity{
		wantRange("5-7 %", 5, 7, "%")}},
	{"de a at the start", "De 8 a 10 heridos dejó el choque.", []wantQuantity{
		wantRange("De 8 a 10 heridos", 8, 10, quantStem("heridos"))}},
	{"descending is no range", "La cifra de 11.000 a 5.000 no cuadra.", []wantQuantity{
		wantQ("11.000", 11000, Exact, ""),
		wantQ("5.000", 5000, Exact, "")}},
	{"range order settles the comma", "Se esperan entre 1.000 y 2,000.", []wantQuantity{
		wantRange("entre 1.000 y 2,000", 1000, 2000, "")}},
	{"de a clock", "La tienda abre de 9 a las 14 horas.", []wantQuantity{
		wantQ("9", 9, Exact, "")}},

	// Units glued to the number.
	{"glued ml", "Cada frasco contiene 75ml de producto.", []wantQuantity{
		wantQ("75ml", 75, Exact, quantStem("ml"))}},
	{"glued km/h", "Vientos de 270km/h azotaron la costa.", []wantQuantity{
		wantQ("270km", 270, Exact, "km")}},
	{"glued km", "El corredor completó 42km en dos horas.", []wantQuantity{
		wantQ("42km", 42, Exact, "km"),
		wantQ("dos horas", 2, Exact, quantStem("horas"))}},
	{"glued kg", "El paquete sospechoso pesaba 5kg.", []wantQuantity{
		wantQ("5kg", 5, Exact, "kg")}},
	{"glued km/h tornado", "El tornado alcanzó 300km/h en Oklahoma.", []wantQuantity{
		wantQ("300km", 300, Exact, "km")}},
	{"glued MW", "Se instalaron paneles de 500MW en el desierto.", []wantQuantity{
		wantQ("500MW", 500, Exact, quantStem("MW"))}},
	{"glued mg", "La dosis es de 20mg al día.", []wantQuantity{
		wantQ("20mg", 20, Exact, quantStem("mg"))}},
	{"spaced mph", "El vehículo circulaba a 90 mph.", []wantQuantity{
		wantQ("90 mph", 90, Exact, quantStem("mph"))}},
	{"glued metres decimal", "Se midieron 3,5m de altura en la ola.", []wantQuantity{
		wantQ("3,5m", 3.5, Exact, "m")}},
	{"glued ml bottle", "Una botella de 330ml cuesta un euro.", []wantQuantity{
		wantQ("330ml", 330, Exact, quantStem("ml")),
		wantQ("un euro", 1, Exact, quantStem("euro"))}},
	{"glued km depth", "El sismo ocurrió a 10km de profundidad.", []wantQuantity{
		wantQ("10km", 10, Exact, "km")}},
	{"glued km/h gusts", "Se registraron ráfagas de 150km/h.", []wantQuantity{
		wantQ("150km", 150, Exact, "km")}},
	{"glued unknown letters", "El modelo 5G llegó; la versión X-15 no.", nil},

	// Bounds with the new forms.
	{"más de coma millones", "Más de dos coma cinco millones de personas votaron.", []wantQuantity{
		wantQ("Más de dos coma cinco millones de personas", 2.5e6, MoreThan, quantStem("personas"))}},
	{"casi un tercio", "Casi un tercio de los votantes se abstuvo.", []wantQuantity{
		wantQ("Casi un tercio", 1.0/3, LessThan, "")}},
	{"casi de", "La diferencia fue casi de 12 puntos porcentuales.", []wantQuantity{
		wantQ("casi de 12 puntos", 12, LessThan, quantStem("puntos"))}},
	{"al menos fraction", "Al menos 1/4 de los edificios quedó dañado.", []wantQuantity{
		wantQ("Al menos 1/4", 0.25, AtLeast, "")}},
	{"approx negative", "Se esperan alrededor de -2 grados en la meseta.", []wantQuantity{
		wantQ("alrededor de -2 grados", -2, Approx, quantStem("grados"))}},
	{"hasta glued km/h", "Hasta 270km/h registraron las ráfagas.", []wantQuantity{
		wantQ("Hasta 270km", 270, AtMost, "km")}},
	{"casi coma por ciento", "El paro subió casi dos coma cinco por ciento.", []wantQuantity{
		wantQ("casi dos coma cinco por ciento", 2.5, LessThan, "%")}},
	{"por lo menos mixed fraction", "Nadaron por lo menos 10 1/2 millas.", []wantQuantity{
		wantQ("por lo menos 10 1/2 millas", 10.5, AtLeast, quantStem("millas"))}},
	{"unos glued ml", "Añadió unos 75ml de agua.", []wantQuantity{
		wantQ("unos 75ml", 75, Approx, quantStem("ml"))}},
	{"poco más de fraction noun", "El discurso duró poco más de tres cuartos de hora.", []wantQuantity{
		wantQ("poco más de tres cuartos de hora", 0.75, MoreThan, quantStem("hora"))}},
	{"más del con", "El kilo subió a más de siete con cincuenta euros.", []wantQuantity{
		wantQ("más de siete con cincuenta euros", 7.5, MoreThan, quantStem("euros"))}},
}

func TestFindForms(t *testing.T) {
	old := make(map[string]bool)
	for _, tc := range quantityCases {
		for _, w := range tc.want {
			old[w.Text] = true
		}
		old[tc.text] = true
	}
	exprs := make(map[string]bool)
	for _, tc := range formCases {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
		for _, w := range tc.want {
			if !old[w.Text] {
				exprs[w.Text] = true
			}
		}
		if tc.want == nil {
			exprs[tc.text] = true
		}
	}
	if len(exprs) < 150 {
		t.Errorf("the table holds %d distinct new expressions; want at least 150", len(exprs))
	}
}

func TestFormsCompatible(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"percent in words and digits", "dos coma cinco por ciento", "2,5 %", true},
		{"percent in words, other value", "dos coma cinco por ciento", "2,6 %", false},
		{"money in two parts and decimals", "15 dólares y 15 centavos", "15,15 dólares", true},
		{"money in two parts, other cents", "15 dólares y 15 centavos", "15,50 dólares", false},
		{"con and decimals", "siete con cincuenta", "7,50", true},
		{"range holds a value", "de 5.000 a 11.000 muertos", "8.000 muertos", true},
		{"range holds its ends", "de 5.000 a 11.000 muertos", "11.000 muertos", true},
		{"range, value above", "de 5.000 a 11.000 muertos", "12.000 muertos", false},
		{"range and approx inside", "entre 300 y 400", "unos 350", true},
		{"range and more than above", "entre 300 y 400", "más de 450", false},
		{"overlapping ranges", "de 10 a 20", "entre 15 y 25", true},
		{"disjoint ranges", "de 10 a 20", "entre 25 y 30", false},
		{"range and at least its end", "al menos 20", "de 10 a 20", true},
		{"hyphen range and value", "10-15 familias", "12 familias", true},
		{"negative two writings", "-1,5 %", "menos 1,5 %", true},
		{"negative and positive", "-1,5 %", "1,5 %", false},
		{"fraction and decimals", "1/4 de milla", "0,25 millas", true},
		{"mixed fraction and decimals", "10 1/2 millas", "10,5 millas", true},
		{"fraction noun and decimals", "tres cuartos de hora", "0,75 horas", true},
		{"glued and spaced", "75ml", "75 ml", true},
		{"US$ and dólares", "US$ 500", "500 dólares", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkCompatible(t, tc.a, tc.b, tc.want) })
	}
}

// TestFormsSameUnit checks that two writings of one amount give one unit.
func TestFormsSameUnit(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"US$ and dólares", "US$ 500", "500 dólares"},
		{"U$S and dólares", "U$S 500", "500 dólares"},
		{"euro sign and euros", "€50", "50 euros"},
		{"degree sign and grados", "25 °C", "25 grados"},
		{"glued and spaced", "75ml", "75 ml"},
		{"words and symbol percent", "dos coma cinco por ciento", "2,5 %"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := quantityOf(t, tc.a), quantityOf(t, tc.b)
			if a.Unit != b.Unit {
				t.Errorf("%s and %s: units differ", gotQuantity(a), gotQuantity(b))
			}
		})
	}
}

func TestFormsFormat(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"range", "entre 300 y 400 muertos", "300-400"},
		{"negative", "-1,5 %", "-1.5"},
		{"negative word", "menos 3 grados", "-3"},
		{"fraction", "1/4 de milla", "0.25"},
		{"money", "15 dólares y 15 centavos", "15.15"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quantityOf(t, tc.text).Format(); got != tc.want {
				t.Errorf("Format of %q got %q; want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestRangeScale checks that a range keeps its ends in proportion when
// its unit is converted, by Scale or by rescaling Value and Alt alone.
func TestRangeScale(t *testing.T) {
	q := quantityOf(t, "de 3 a 5 días")
	s := q.Scale(24)
	if lo, hi := s.Ends(); lo != 72 || hi != 120 || s.Format() != "72-120" {
		t.Errorf("Scale(24) of %s got ends %v, %v, %q; want 72, 120, \"72-120\"", gotQuantity(q), lo, hi, s.Format())
	}
	d := q
	d.Value *= 24
	d.Alt *= 24
	if lo, hi := d.Ends(); lo != 72 || hi != 120 {
		t.Errorf("Value and Alt rescaled: got ends %v, %v; want 72, 120", lo, hi)
	}
	if !d.Compatible(quantityOf(t, "96")) || d.Compatible(quantityOf(t, "130")) {
		t.Errorf("rescaled range %s: want 96 inside and 130 outside", gotQuantity(d))
	}
	if lo, hi := quantityOf(t, "300 muertos").Ends(); lo != 300 || hi != 300 {
		t.Errorf("Ends of a value got %v, %v; want it twice", lo, hi)
	}
	if z := (Quantity{Bound: Range, High: 5}).Scale(2); z.High != 10 || math.IsNaN(z.High) {
		t.Errorf("Scale of a range from 0 got High %v; want 10", z.High)
	}
}
