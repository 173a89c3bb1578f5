/** The JSON summary: the machine-readable contract of SPEC §5, keys in its order. */
import type { ReportFigures } from '../compute/report.js';

export function buildSummary(r: ReportFigures) {
  const c = r.commendation;
  return {
    unit: { name: r.unit.name },
    period: { kind: r.period.kind, from: r.period.from, to: r.period.to, evalFrom: r.period.evalFrom, asOf: r.period.asOf },
    population: r.population,
    criteria: Object.fromEntries(r.rules.criteria.map((cr) => [cr.id, { met: r.criteriaMet[cr.id] ?? 0 }])),
    allMet: r.allMet,
    innovation: {
      authors: r.innovation.authors,
      rate: r.innovation.rate,
      target: r.innovation.target,
      met: r.innovation.met,
      gap: r.innovation.gap,
      initiatives: r.innovation.initiatives,
      recognizedNot01m: r.innovation.recognizedNot01m,
      pending: r.innovation.pending,
    },
    departments: r.departments.map((d) => ({
      id: d.department.id,
      population: d.population,
      allMet: d.allMet,
      innovationAuthors: d.innovation.authors,
      innovationRate: d.innovation.rate,
    })),
    members: r.scores.map((s) => {
      const shifts = r.memberShifts.get(s.member.id);
      return {
        id: s.member.id,
        department: s.member.department,
        activeDays: s.activeDays,
        leaveDays: s.leaveDays,
        leaveWorkingDays: s.leaveWorkingDays,
        criteria: Object.fromEntries(
          r.rules.criteria.flatMap((cr) => {
            const sc = s.criteria[cr.id];
            if (!sc) return [];
            const figures = {
              count: sc.count,
              hours: sc.hours,
              requiredCount: sc.requiredCount,
              requiredHours: sc.requiredHours,
              met: sc.met,
              ...(sc.violations === undefined ? {} : { violations: sc.violations }),
            };
            return [[cr.id, figures] as const];
          }),
        ),
        allMet: s.allMet,
        violations: s.violations,
        formalViolations: s.formalViolations,
        initiativeAuthor: r.authorIds.has(s.member.id),
        rating: r.ratings.byMember.get(s.member.id) ?? null,
        shifts: {
          total: shifts?.total ?? 0,
          hours: shifts?.hours ?? 0,
          night: shifts?.night ?? 0,
          weekend: shifts?.weekend ?? 0,
          holiday: shifts?.holiday ?? 0,
        },
        commendation: c?.titles.get(s.member.id) ?? null,
      };
    }),
    shifts: {
      total: r.shifts.total,
      coverageGaps: r.shifts.coverageGaps.map((g) => ({ date: g.date, department: g.department, type: g.type, have: g.have, need: g.need })),
      restViolations: r.shifts.restViolations.map((v) => ({ member: v.member, first: v.first, second: v.second, restHours: v.restHours })),
      nightLimit: r.shifts.nightLimit.map((n) => ({ member: n.member, month: n.month, nights: n.nights })),
      fairness: r.shifts.fairness.map((f) => ({ department: f.department, measure: f.measure, min: f.min, max: f.max, mean: f.mean, stdev: f.stdev })),
    },
    phases: r.phases.map((p) => ({ name: p.name, from: p.from, to: p.to, allMet: p.allMet, innovationAuthors: p.innovationAuthors })),
    commendation: c
      ? {
          advancedWorkers: c.advancedWorkers,
          quota: c.quota,
          emulationFighters: c.emulationFighters,
          beyondQuota: c.beyondQuota,
          advancedCollective: { unit: c.advancedCollective.unit, departments: c.advancedCollective.departments },
          excellentCollective: { unit: c.excellentCollective.unit, departments: c.excellentCollective.departments },
          provisional: c.provisional,
        }
      : null,
    // SPEC §7; last, after the keys of §5 and §6.
    allowance: r.allowance
      ? { rate: r.allowance.rules.rate, total: r.allowance.total, members: r.allowance.members.map((m) => ({ id: m.id, shifts: m.shifts, amount: m.amount })) }
      : null,
  };
}

export type Summary = ReturnType<typeof buildSummary>;

export function renderJson(r: ReportFigures): string {
  return `${JSON.stringify(buildSummary(r), null, 2)}\n`;
}
