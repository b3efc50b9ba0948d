import { BudgetExhaustedError } from './errors';
import { ApiBudget, budgetFloor, parseLimitInfo, parseLimitsResource } from './limits';

describe('API budget', () => {
  it('lets a run use the configured share of what remains', () => {
    expect(budgetFloor({ max: 15_000, remaining: 10_000 }, 0.5)).toBe(5_000);
    expect(budgetFloor({ max: 15_000, remaining: 101 }, 0.1)).toBe(91);
  });

  it('reads the limit header and the /limits resource', () => {
    expect(parseLimitInfo('api-usage=25/15000')).toEqual({ max: 15_000, remaining: 14_975 });
    expect(parseLimitInfo(null)).toBeUndefined();
    expect(parseLimitsResource({ DailyApiRequests: { Max: 100, Remaining: 40 } })).toEqual({ max: 100, remaining: 40 });
    expect(() => parseLimitsResource({})).toThrow('DailyApiRequests');
  });

  it('refuses the call that would cross the floor', () => {
    const budget = new ApiBudget(8);
    budget.spend(); // unknown remaining: allowed, nothing to count against
    budget.observe({ max: 100, remaining: 10 });
    budget.spend();
    budget.spend();
    expect(budget.remainingRequests).toBe(8);
    expect(() => budget.spend()).toThrow(BudgetExhaustedError);
  });
});
