import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { NavigationMixin } from 'lightning/navigation';
import userId from '@salesforce/user/Id';
import { cardStateOf, hasErrors, today } from 'c/contactPlanData';
import { ListPager, receivePages } from 'c/contactPlanLists';
import { MY_LISTS, MY_RELATIONSHIPS_QUERY } from './query';
import { buildMoves } from './moves';
import { buildRows } from './rows';

const STATE_WORDS = { loadingLabel: 'Loading your relationships', errorLabel: 'Your relationships could not load' };

/**
 * My relationships: the signed-in rep's next best moves across accounts (largest gain first) and their cells on every
 * account that need them (contacts who left, grades gravity lowers soon, blueprints due, grades below Satisfied, key
 * intersections), most urgent first, each one click from its cell in the account's contact map.
 */
export default class MyRelationships extends NavigationMixin(LightningElement) {
  /** App Builder: rows shown before Show all (0 = all). */
  @api maxRows = 50;
  /** App Builder: next best moves shown (0 = all). */
  @api maxMoves = 5;

  userId = userId;
  pager = new ListPager(MY_LISTS);
  cursors = this.pager.cursors;
  result;
  errors;
  loaded = false;
  showAll = false;
  allMoves = [];

  @wire(graphql, { query: MY_RELATIONSHIPS_QUERY, variables: '$variables' })
  wiredRelationships(delivery) {
    receivePages(this, delivery, (answer) => {
      this.result = buildRows(answer, today(), this.userId);
      this.allMoves = buildMoves(answer);
    });
  }

  get variables() {
    return { userId: this.userId, ...this.cursors };
  }

  get cardState() {
    return cardStateOf(this, STATE_WORDS);
  }

  get ready() {
    return Boolean(this.result) && !hasErrors(this.errors);
  }

  get noRelationships() {
    return this.ready && this.result.relationshipCount === 0 && !this.hasMoves;
  }

  get moves() {
    if (!this.ready) return [];
    const max = Number(this.maxMoves) || 0;
    return max > 0 ? this.allMoves.slice(0, max) : this.allMoves;
  }

  get hasMoves() {
    return this.moves.length > 0;
  }

  get allWell() {
    return this.ready && this.result.relationshipCount > 0 && this.result.rows.length === 0;
  }

  get allWellText() {
    const { relationshipCount, accountCount } = this.result;
    return (
      `Nothing needs you today: your ${relationshipCount} relationship${relationshipCount === 1 ? '' : 's'} ` +
      `on ${accountCount} account${accountCount === 1 ? '' : 's'} are in good shape.`
    );
  }

  get hasRows() {
    return this.ready && this.result.rows.length > 0;
  }

  get limit() {
    const max = Number(this.maxRows) || 0;
    return this.showAll || max <= 0 ? Infinity : max;
  }

  get rows() {
    return this.hasRows ? this.result.rows.slice(0, this.limit) : [];
  }

  get hiddenCount() {
    return this.hasRows ? Math.max(0, this.result.rows.length - this.rows.length) : 0;
  }

  get hasHidden() {
    return this.hiddenCount > 0;
  }

  get showAllLabel() {
    return `Show all ${this.result.rows.length}`;
  }

  get cardTitle() {
    return this.hasRows ? `My relationships (${this.result.rows.length} need you)` : 'My relationships';
  }

  get summary() {
    if (!this.hasRows) return '';
    const { counts, relationshipCount, accountCount } = this.result;
    const parts = [
      [counts.left, 'left the account'],
      [counts.overdue, 'overdue'],
      [counts.drops, 'drop within 14 days'],
      [counts.due, 'due within 14 days'],
      [counts.below, 'below Satisfied'],
      [counts.key, 'key intersections'],
    ]
      .filter(([count]) => count > 0)
      .map(([count, what]) => `${count} ${what}`);
    return `${relationshipCount} relationships on ${accountCount} accounts: ${parts.join(', ')}.`;
  }

  handleShowAll() {
    this.showAll = true;
  }

  handleOpen(event) {
    const key = event.currentTarget.dataset.key;
    const row = this.result.rows.find((r) => r.key === key) || this.allMoves.find((m) => m.key === key);
    if (!row) return;
    // The map reads the state and focuses the rep's cell with this contact (c__ keys are the page's own state).
    this[NavigationMixin.Navigate]({
      type: 'standard__recordPage',
      attributes: { recordId: row.accountId, objectApiName: 'Account', actionName: 'view' },
      state: { c__contactId: row.contactId || '', c__memberId: this.userId },
    });
  }
}
