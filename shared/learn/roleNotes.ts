import type { Role } from '../roles';

/**
 * What the tables cannot say about a role: the line its government actually took in 2017–2019,
 * and one piece of advice for a first game. Everything else on a role card is computed from the
 * ruleset's tables (roleCards.ts), so its numbers stay true when the rules are tuned.
 */
export interface RoleNote {
  /** The historical line, in two or three sentences. */
  readonly historicalLine: string;
  /** The fifth thing to know: how this seat is usually played well. */
  readonly tip: string;
}

export const ROLE_NOTES: Readonly<Record<Role, RoleNote>> = {
  US: {
    historicalLine:
      'From "maximum pressure" in 2017 to summits: the President met Kim in Singapore (2018), Hanoi and at the DMZ (2019), exchanged personal letters and suspended large drills with Seoul — but refused to lift sanctions for Yongbyon alone and walked out in Hanoi.',
    tip: 'Only you can give what Pyongyang wants most (relief, guarantees, an end-of-war declaration), and Seoul and Tokyo score your trust: consult them before you trade.',
  },
  DPRK: {
    historicalLine:
      'After the ICBM launches and the claimed hydrogen-bomb test of 2017, Kim declared the nuclear force complete and turned to diplomacy: a test moratorium, the Punggye-ri tunnels blown up, and in Hanoi an offer to dismantle Yongbyon for lifting the five UN resolutions of 2016–2017 (only the parts that hit the civilian economy, Pyongyang said; most of the sanctions, said Washington). After Hanoi it turned back to China and Russia and resumed ICBM tests in 2022.',
    tip: 'Your capability is your insurance and your bargaining chip: sell a freeze or a moratorium dear, for relief, and remember that a test under a moratorium costs you rapport.',
  },
  ROK: {
    historicalLine:
      "President Moon Jae-in's government carried Kim's invitation to Washington in March 2018, met Kim three times that year (twice at Panmunjom, once in Pyongyang), signed the September military agreement and pressed for an end-of-war declaration — while trying to keep the alliance close.",
    tip: "You score low tension and engagement with the North, but also Washington's trust: run your inter-Korean projects without letting the United States feel bypassed.",
  },
  PRC: {
    historicalLine:
      'China voted for every UN sanctions resolution of 2016–2017 and tightened enforcement; once talks began, Xi Jinping met Kim five times in 2018–2019 (four visits to China, then Xi in Pyongyang) and argued for easing sanctions as a reward. In 2022 China and Russia vetoed new sanctions.',
    tip: 'Your enforcement decides how much sanctions bite: it is your lever over both Washington and Pyongyang. Host talks in Beijing, and keep the North from collapse.',
  },
  JPN: {
    historicalLine:
      'Prime Minister Abe backed maximum pressure, asked that sanctions stay until North Korea took concrete steps, wanted missiles of every range (not only those that reach America) and the abductions issue on the table, and was the one regional leader who never met Kim.',
    tip: 'You cannot give much at a summit, so work through Washington and the UN: keep the pressure on, raise the abductions, and hold the US to its guarantees.',
  },
};
