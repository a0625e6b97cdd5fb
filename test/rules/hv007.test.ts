import rule from '../../rules/helm/hv007-values-read-only-root-filesystem';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv007.cases';

runRuleTests(rule, cases);
