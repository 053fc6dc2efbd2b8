/**
 * The teacher's kit, part two: primary sources a class can read beside the game, each with what
 * it shows and where the game meets it. Dates and contents follow the texts themselves.
 */
export interface PrimarySource {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly parties: string;
  /** What the text says, in two or three lines. */
  readonly says: string;
  /** What it shows a class about the lesson's ideas. */
  readonly shows: string;
  /** Where the game meets it. */
  readonly inTheGame: string;
}

export const PRIMARY_SOURCES: readonly PrimarySource[] = [
  {
    id: 'agreed-framework',
    title: 'Agreed Framework between the United States and the DPRK',
    date: '21 October 1994 (Geneva)',
    parties: 'United States, North Korea',
    says: 'North Korea freezes its graphite-moderated reactors at Yongbyon and related facilities, with IAEA monitoring of the freeze; the US arranges two light-water reactors (through KEDO) and 500,000 tonnes of heavy fuel oil a year; both move towards normal relations; North Korea stays in the NPT.',
    shows:
      'A freeze paid for in instalments — sequencing as an answer to the commitment problem — and verification limited to what was frozen. It collapsed in 2002 when the US accused Pyongyang of a secret uranium-enrichment programme the freeze did not cover.',
    inTheGame: 'The concessions "Freeze Yongbyon" and "Allow inspections"; the crisis card "Agreed Framework remembered".',
  },
  {
    id: 'six-party-2005',
    title: 'Joint Statement of the Fourth Round of the Six-Party Talks',
    date: '19 September 2005 (Beijing)',
    parties: 'China, North Korea, Japan, South Korea, Russia, United States',
    says: 'North Korea commits to abandoning all nuclear weapons and existing nuclear programmes and returning to the NPT and IAEA safeguards; the US says it has no nuclear weapons on the peninsula and no intention to attack or invade; the parties agree to discuss a light-water reactor "at an appropriate time" and to act "commitment for commitment, action for action".',
    shows:
      'Third-party mediation (China as host) and reciprocity in principle. Within a day the sides disagreed on when the reactor would come, and talks stalled over a US financial measure (Banco Delta Asia): agreement on goals is not agreement on sequence.',
    inTheGame: 'China\'s "Mediate" order, the Beijing venue, the "Six-Party Talks revived?" card, and a counter-proposal that changes what comes first.',
  },
  {
    id: 'panmunjom-2018',
    title: 'Panmunjom Declaration for Peace, Prosperity and Unification of the Korean Peninsula',
    date: '27 April 2018 (Panmunjom)',
    parties: 'South Korea (Moon Jae-in), North Korea (Kim Jong Un)',
    says: 'The two Koreas will cease all hostile acts, open a liaison office in Kaesong, resume family reunions, seek to declare an end to the war in 2018 and turn the armistice into a peace regime, and "confirmed the common goal of realizing, through complete denuclearization, a nuclear-free Korean Peninsula".',
    shows:
      'Engagement led by Seoul, and how vague shared words ("denuclearization of the Korean peninsula") let each side read its own meaning. The liaison office it created was blown up by North Korea in June 2020.',
    inTheGame: 'South Korea\'s "Inter-Korean project", the Panmunjom venue, and the "End-of-war declaration" and "Liaison office" concessions.',
  },
  {
    id: 'singapore-2018',
    title: 'Joint Statement of President Trump and Chairman Kim Jong Un at the Singapore Summit',
    date: '12 June 2018 (Singapore)',
    parties: 'United States, North Korea',
    says: 'Four points: new US–DPRK relations; a lasting and stable peace regime; North Korea reaffirms the Panmunjom Declaration and "commits to work toward complete denuclearization of the Korean Peninsula"; recovery and return of POW/MIA remains. The President commits to provide security guarantees.',
    shows:
      'A joint statement with no timetable, no definition of denuclearisation and no verification: rapport and legitimacy without checkable steps. Only the return of remains was carried out (55 boxes, July 2018).',
    inTheGame:
      'A joint statement (symbolic items only): tension falls a little, legitimacy rises, nothing can be verified; "Return remains" and "Security guarantee".',
  },
  {
    id: 'military-agreement-2018',
    title: 'Agreement on the Implementation of the Historic Panmunjom Declaration in the Military Domain',
    date: '19 September 2018 (Pyongyang)',
    parties: 'South Korea and North Korea (defence ministers)',
    says: 'Both sides stop hostile acts near the border: buffer zones on land and at sea, a no-fly zone along the demarcation line, removal of a number of guard posts in the DMZ, demining of the Joint Security Area and joint recovery of war remains.',
    shows:
      'Confidence-building that can be seen and checked on the ground — guard posts were destroyed and inspected by both sides. It also shows how such accords unravel: Seoul suspended its no-fly clause after a North Korean satellite launch in November 2023, Pyongyang said it was no longer bound, and Seoul suspended the whole agreement in June 2024.',
    inTheGame: 'South Korea\'s "Military tension-reduction accord" concession and the "Provocation at the DMZ" order it forbids.',
  },
  {
    id: 'unsc-2016-2017',
    title: 'UN Security Council resolutions 2270, 2321, 2356, 2371, 2375 and 2397',
    date: 'March 2016 – December 2017',
    parties: 'UN Security Council (unanimous, with China and Russia)',
    says: '2270 (after the fourth nuclear test) orders inspection of cargo to and from North Korea and limits coal and iron exports; 2321 caps coal exports; 2371 bans coal, iron, lead and seafood exports; 2375 (after the sixth test) caps refined oil and bans textiles; 2397 (after the Hwasong-15 launch) cuts refined oil to 500,000 barrels a year and orders North Korean workers abroad sent home within 24 months.',
    shows:
      'Sanctions tightened step by step, each after a test — and only as far as China and Russia would vote. Enforcement, not the text, decides the pressure: most North Korean trade goes through China.',
    inTheGame:
      'The sanctions and China enforcement tracks (pressure = sanctions × enforcement ÷ 10), "Tighten sanctions", "Push sanctions at the UN" and China\'s "Block a UN resolution".',
  },
  {
    id: 'panel-of-experts',
    title: 'Reports of the UN Panel of Experts on North Korea sanctions',
    date: '2010–2024 (twice a year)',
    parties: 'Experts appointed by the UN Secretary-General (mandate under resolution 1874, 2009)',
    says: "Documented evasion in detail: ship-to-ship transfers of oil and coal, disguised vessels, overseas workers, arms sales, and cyber theft of cryptocurrency worth billions of dollars. Russia vetoed the panel's renewal in March 2024; China abstained.",
    shows: 'Verification of sanctions themselves: a rule is only as strong as the evidence that it is broken, and the monitor can itself be vetoed away.',
    inTheGame:
      'The "UN panel report", "Crypto heist attributed to Pyongyang" and "Arms shipment intercepted" cards; North Korea\'s "Sanctions evasion" and "Cyber operation" orders.',
  },
];
