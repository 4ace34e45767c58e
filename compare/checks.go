package compare

import "slices"

// KindInfo describes one kind of finding, as the check that reports it
// does: what it finds and the most severe level it reports. SARIF rules,
// the configuration file's kinds, the README's list and dedupe --help
// read these, so that no kind is listed that no check reports.
type KindInfo struct {
	Kind     FindingKind
	Doc      string   // one line: what the check finds
	Severity Severity // the most severe level the check reports, before any configuration
}

// checkEntry is one kind of finding and the check that reports it.
type checkEntry struct {
	KindInfo
	run check
}

// registry returns every check, one entry a kind, in the order reports
// list the kinds.
func registry() []checkEntry {
	return []checkEntry{
		{KindInfo{KindDate, "Sources give different dates for one event.", Error}, checkDateKind},
		{KindInfo{KindNumber, "Sources give different figures for one measure of one event, in one place and at one time.", Error}, factKind(KindNumber)},
		{KindInfo{KindDuration, "Sources give different durations for one event.", Error}, factKind(KindDuration)},
		{KindInfo{KindUpdate, "A count was reported at several times, rising: an update, not a contradiction.", Info}, factKind(KindUpdate)},
		{KindInfo{KindPlace, "Sources place one event in different places.", Warning}, checkPlaces},
		{KindInfo{KindTitle, "Sources give one person different titles, or call an office held and held no more.", Error}, checkTitles},
		{KindInfo{KindAttribution, "Sources attribute one statement to different speakers.", Warning}, checkAttributions},
		{KindInfo{KindActor, "Sources name different people as the one who does one thing.", Warning}, checkActors},
		{KindInfo{KindModality, "Sources differ in certainty: one states what another only hopes for.", Warning}, checkModality},
	}
}

// Kinds returns every kind of finding, in the order reports list them.
func Kinds() []FindingKind {
	var out []FindingKind
	for _, e := range registry() {
		out = append(out, e.Kind)
	}
	return out
}

// KindInfos returns the description of every kind of finding, in the
// order reports list them.
func KindInfos() []KindInfo {
	var out []KindInfo
	for _, e := range registry() {
		out = append(out, e.KindInfo)
	}
	return out
}

// Describe returns the description of kind k, and false for a kind no
// check reports.
func Describe(k FindingKind) (KindInfo, bool) {
	i := slices.IndexFunc(registry(), func(e checkEntry) bool { return e.Kind == k })
	if i < 0 {
		return KindInfo{}, false
	}
	return registry()[i].KindInfo, true
}

// checkDateKind reports the dates that clash, compared as facts, and the
// relative dates that could not be compared.
func checkDateKind(cx *checkContext) []Finding {
	return append(factKind(KindDate)(cx), checkDates(cx)...)
}

// factKind returns the check that reports the findings of kind k among
// those of the facts, which are compared once for all their kinds.
func factKind(k FindingKind) check {
	return func(cx *checkContext) []Finding {
		if cx.factFindings == nil {
			cx.factFindings = checkFacts(cx)
		}
		var out []Finding
		for _, f := range cx.factFindings {
			if f.Kind == k {
				out = append(out, f)
			}
		}
		return out
	}
}
