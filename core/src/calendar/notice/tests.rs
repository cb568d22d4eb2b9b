use super::*;
use crate::calendar::Calendar;

fn fixture(name: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/notices")
        .join(name);
    std::fs::read_to_string(p).unwrap()
}

fn ymd(s: &str) -> NaiveDate {
    crate::date::parse_ymd(s).unwrap()
}

/// The notices of 2004–2026 (with 2015's 纪念日 notice, 2019's change and 2020's extension),
/// parsed, give exactly the embedded years: every day's working status, and every 调休 working
/// day.
#[test]
fn every_notice_2004_to_2026_gives_the_embedded_year() {
    let embedded = Calendar::cn_mainland().unwrap();
    let mut parsed: Vec<Notice> = Vec::new();
    for y in 2004..=2026 {
        let mut text = fixture(&format!("{y}.txt"));
        if y == 2015 {
            text.push_str(&fixture("2015-victory-day.txt"));
        }
        if y == 2019 {
            text.push_str(&fixture("2019-labour-day.txt"));
        }
        if y == 2020 {
            text.push_str(&fixture("2020-spring-extension.txt"));
        }
        let n = parse(&text, None).unwrap_or_else(|e| panic!("{y}: {e:?}"));
        assert_eq!(n.year, y);
        parsed.push(n);
    }
    for y in 2004..=2026 {
        let mut off = std::collections::BTreeSet::new();
        let mut work = std::collections::BTreeSet::new();
        for n in &parsed {
            off.extend(n.days_off().into_iter().filter(|d| d.year() == y));
            work.extend(n.workdays().into_iter().filter(|d| d.year() == y));
        }
        let (first, last) = (ymd(&format!("{y}-01-01")), ymd(&format!("{y}-12-31")));
        for d in first.iter_days().take_while(|d| *d <= last) {
            let weekend = is_weekend(d);
            let from_notice = if work.contains(&d) {
                true
            } else {
                !off.contains(&d) && !weekend
            };
            assert_eq!(
                embedded.is_workday(d).unwrap(),
                from_notice,
                "{d}: the notice and the embedded year differ"
            );
            let adjusted =
                embedded.day(d).unwrap().kind == crate::calendar::DayKind::AdjustedWorkday;
            assert_eq!(adjusted, work.contains(&d), "{d}: 调休");
        }
    }
}

#[test]
fn the_heading_is_read_and_never_invented() {
    let n = parse(&fixture("2024.txt"), None).unwrap();
    assert_eq!(
        n.heading.title.as_deref(),
        Some("国务院办公厅关于2024年部分节假日安排的通知")
    );
    assert_eq!(n.heading.number.as_deref(), Some("国办发明电〔2023〕7号"));
    assert_eq!(n.heading.date, Some(ymd("2023-10-25")));
    // 2026's text as given here has no 文号: none is made up.
    let n = parse(&fixture("2026.txt"), None).unwrap();
    assert_eq!(n.heading.number, None);
    let bare = parse("一、元旦：1月1日放假，与周末连休。", Some(2024)).unwrap();
    assert_eq!(bare.heading, Heading::default());
    assert!(year_file(&bare).get("source").is_none());
}

#[test]
fn the_older_phrasings_parse() {
    // 2008: 公休日调至, 补休, dates of the year before in the 元旦 item.
    let n = parse(&fixture("2008.txt"), None).unwrap();
    let h = |name: &str| n.holidays.iter().find(|h| h.name == name).unwrap().clone();
    let yuandan = h("元旦");
    assert_eq!(
        yuandan.days_off,
        ["2007-12-30", "2007-12-31", "2008-01-01"].map(ymd)
    );
    assert_eq!(yuandan.workdays, [ymd("2007-12-29")]);
    assert_eq!(
        h("端午节").days_off,
        ["2008-06-07", "2008-06-08", "2008-06-09"].map(ymd)
    );
    let national = h("国庆节");
    assert_eq!(national.workdays, ["2008-09-27", "2008-09-28"].map(ymd));
    assert_eq!(national.days_off.len(), 7);
    // 2019's change replaces 劳动节; 2020's extension runs 春节 to 2月2日 and cancels 2月1日's work.
    let n = parse(
        &(fixture("2019.txt") + &fixture("2019-labour-day.txt")),
        None,
    )
    .unwrap();
    let labour = n.holidays.iter().find(|h| h.name == "劳动节").unwrap();
    assert_eq!(labour.days_off.len(), 4);
    assert_eq!(labour.workdays, ["2019-04-28", "2019-05-05"].map(ymd));
    let n = parse(
        &(fixture("2020.txt") + &fixture("2020-spring-extension.txt")),
        None,
    )
    .unwrap();
    let spring = n.holidays.iter().find(|h| h.name == "春节").unwrap();
    assert_eq!(spring.days_off.last(), Some(&ymd("2020-02-02")));
    assert_eq!(spring.workdays, [ymd("2020-01-19")]);
}

fn refused(text: &str) -> String {
    let e = parse(text, Some(2024)).unwrap_err();
    assert_eq!(e.code(), ErrorCode::CalendarInvalidNotice, "{text}");
    assert_eq!(e.path(), Some("text"));
    e.message().to_string()
}

#[test]
fn wrong_text_is_refused_with_the_item_and_the_phrase() {
    let m = refused("二、春节：2月10日至17日放假调休，共8天。2月5日（星期一）上班。");
    assert!(m.contains("二、春节") && m.contains("不是周末"), "{m}");
    let m = refused("二、春节：2月10日至17日放假调休，共8天。2月4日（星期六）上班。");
    assert!(m.contains("2月4日(星期六)") && m.contains("星期日"), "{m}");
    let m = refused("二、春节：2月10日至17日放假调休，共7天。");
    assert!(m.contains("共7天") && m.contains("共8天"), "{m}");
    let m = refused("二、春节：2月30日放假。");
    assert!(m.contains("2024年2月30日不存在"), "{m}");
    let m = refused("节假日期间，各地区要妥善安排好值班。");
    assert!(m.contains("没有放假或上班的安排"), "{m}");
    let m = refused("二、春节：2月10日至5月17日放假调休。");
    assert!(m.contains("起止日期不成立"), "{m}");
    let m = refused("一、延长2024年春节假期至2月20日（星期二）。");
    assert!(m.contains("原通知"), "{m}");
    let e = parse("一、元旦：1月1日放假。", None).unwrap_err();
    assert_eq!(e.path(), Some("text"));
    let e = parse(&fixture("2024.txt"), Some(2025)).unwrap_err();
    assert_eq!(e.path(), Some("year"));
}

#[test]
fn full_width_and_half_width_read_alike() {
    let a = parse("一、元旦：１月１日（星期一）放假，与周末连休。", Some(2024)).unwrap();
    let b = parse("一、元旦:1月1日(星期一)放假,与周末连休.", Some(2024)).unwrap();
    assert_eq!(a.holidays, b.holidays);
}

/// A year the host loads names what it rests on: the notice's own title when the file gives it,
/// the host's data otherwise — never a made-up title.
#[test]
fn a_loaded_year_is_cited_by_what_was_given() {
    let base = Calendar::cn_mainland_data().unwrap();
    let n = parse(&fixture("2026.txt"), None).unwrap();
    let mut titled = year_file(&n);
    titled["year"] = 2026.into();
    let f = crate::calendar::YearFile::from_value(&titled).unwrap();
    let data = crate::calendar::with_year_files(base, &[f]).unwrap();
    let cal = Calendar::from_data(&data).unwrap();
    assert_eq!(cal.year_citation(2026).doc, "cn-holiday-notice");
    // The host's own 2026 (one day relabelled, so it is not the embedded year), with no source.
    let mut bare = titled.clone();
    bare.as_object_mut().unwrap().remove("source");
    bare["days_off"][0]["holiday"] = "新年".into();
    let f = crate::calendar::YearFile::from_value(&bare).unwrap();
    let data = crate::calendar::with_year_files(base, &[f]).unwrap();
    let cal = Calendar::from_data(&data).unwrap();
    let c = cal.year_citation(2026);
    assert_eq!(c.doc, "host-calendar");
    assert!(!c.text().contains("国务院办公厅关于2026年"), "{}", c.text());
    // The embedded years are the notices' own.
    assert_eq!(
        Calendar::cn_mainland().unwrap().year_citation(2024).doc,
        "cn-holiday-notice"
    );
}

/// 2015's notice of the State Council itself (not its General Office), on one day of
/// commemoration: read as one item named as the notice names it.
#[test]
fn a_commemoration_notice_is_one_item() {
    let n = parse(&fixture("2015-victory-day.txt"), Some(2015)).unwrap();
    assert_eq!(n.holidays.len(), 1);
    let h = &n.holidays[0];
    assert_eq!(h.name, COMMEMORATIONS[0]);
    assert_eq!(
        h.days_off,
        [ymd("2015-09-03"), ymd("2015-09-04"), ymd("2015-09-05")]
    );
    assert_eq!(h.workdays, [ymd("2015-09-06")]);
    // Without the year its text does not give in a title, it asks for one.
    assert!(parse(&fixture("2015-victory-day.txt"), None).is_err());
}
