/**
 * ## portfolio-required-sections
 *
 * Each document kind has the facts the technical portfolio guide gives it:
 * a system design needs Scale, Your Role, Business Context, Architecture
 * Overview, Technical Decisions & Trade-offs and Engineering Leadership
 * Aspects; a decision record needs its date, decision makers, stakeholders,
 * context, options considered, decision, rationale and results; and so on
 * (the table is `KINDS` in `knowledge/kinds.ts`). An interviewer reads for
 * exactly these facts, so a missing one is a gap in the story.
 *
 * A requirement is a fact, and a heading is one way to find it. It is met by:
 *
 * * a heading (`## Scale`) or bold lead-in label (`**Scale**: 50M users`,
 *   as the guide writes them, or a run-in head: `**Situation.** Our app…`,
 *   `**Situation** — our app…`, a question `**What did I find?** I traced…`,
 *   `**What we did.**` alone before a list) named as the guide names it or by a synonym
 *   ("Results", "Outcome", "Measurable Outcomes"...); matching ignores case,
 *   numbering, `&` versus "and", trailing colons and notes in parentheses
 *   ("Results (12 months later)"); a label alone in a list's last item
 *   (`- **Impact:**`) heads the table or text that follows the list, and so
 *   does a short plain phrase alone ending in a colon (`What I have built:`);
 * * else a heading or label in other words, matched on words and stems:
 *   "What we decided, and what it cost" is the decisions section, "How big
 *   it is" the scale, a service's "What we're building" its business
 *   context, an experiment's "Hypothesis" and "Experiment" a case study's
 *   analysis and solution, a one-pager's "Why now" and "Recommendation" a
 *   decision record's context and decision, "What I set out to do" a story's
 *   task, "Where the team got to" and a code review's "What came of it" a
 *   result, and a case study's closing "What happened?" its result, "Where I work now" or "Profile" the current role scope
 *   ("Why this role" is the Amazon relevance, not the role), "Selected work"
 *   the achievements, "Who was
 *   involved" the stakeholders, "The diff" the change under review, "Fix" a
 *   post-mortem's corrective actions, "Changes", "Optimisations" or
 *   "Implementation" a case study's solution and "Rolling it out" or "How
 *   we shipped it" a scaling story's execution; a design doc's or RFC's
 *   "Goals" or "Requirements", "Proposal" and "Alternatives considered" a
 *   system's business context, architecture and decisions ("Overview" its
 *   architecture too, as are the C4 model's "Container view" or "System
 *   context diagram", and "The calls I made" its decisions); a development
 *   story's "The plan" its STAR task; a decision record's "What happened"
 *   or "In practice" its result; a cross-functional story's "How we
 *   aligned", "Pushback" or a "Complication" (Situation, Complication,
 *   Resolution) its leadership challenges; a code review's "The review
 *   thread" or "The conversation" its feedback; "Before", "Where
 *   we were" or an OKR's "Objective" an initiative's
 *   context, "How", "Rollout" or "How it rolled out" its implementation,
 *   "Where we got to" or "Twelve months on" a result, and "How I got teams
 *   on board" its author's leadership role; "What we weighed" a decision
 *   record's options; a story bank's headings that are the questions ("Tell
 *   me about a time…", or any ending in "?"); a title of clauses joined by "and"
 *   meets one requirement per clause ("Who and why" is a story's situation
 *   and its task); a title that can mean one requirement only is matched
 *   first ("Systems I built" is the achievements, so "Leadership
 *   achievements" is the leadership). The document's title (its one `#`
 *   heading) is not a section name;
 * * else a section whose content states the fact, whatever its heading, and
 *   even a section another requirement took (a design doc's "Goals" states
 *   its scale too): two or more figures of size (counts of 1,000 and up,
 *   rates, data sizes; not a spend such as "$610k/year", nor before → after
 *   changes, though a peak against a normal day is scale; in prose, lists or an "At a glance" table, under its own
 *   heading or right under the title) are the scale; a diagram (as
 *   `portfolio-diagram` accepts one) is a system's architecture, under any
 *   heading; a code block or a link to a diff is the change under review;
 * * else, for some facts, front matter (a decision record's `date`,
 *   `deciders`, `consulted`, `informed`, as MADR writes them), a table with
 *   no heading whose header or first column names it (a summary table's
 *   "My role" or "Customer impact" row, an options table, a
 *   story bank's "Leadership principle" or "Question" column; a result's
 *   `| Metric | Before | After |`, or rows named Before and After), a plain
 *   `Stakeholders:` line, a Leadership Principle named in a story bank's
 *   answers ("*Bias for Action.* The SMS outage…") or a question written
 *   in them ("**Q: Tell me about a time…**"), or a sentence
 *   ("As incident lead I…", "I led…" state a role; "I led 6 engineers" or
 *   "I mentored two juniors" engineering leadership; "Chosen option: X,
 *   because …" or "…, so that …" a rationale; "On 9 May our DNS failed for
 *   41 minutes and 30% of API calls errored" a post-mortem's account of what
 *   happened and its impact (a security incident's too: "At 09:14 a token
 *   had been pushed to a public fork", a secret exposed, a breach), "The cause was…" or "…was caused by…" its root
 *   cause, and "Since then…" or "To prevent a repeat…" its corrective
 *   actions, so a post-mortem may be told in paragraphs; "We looked at three options: …" a decision
 *   record's options, as Nygard records often weigh them in the context;
 *   "I was incident commander", "I took incident command", an authors
 *   line "me (incident commander)" or "I ran a two-week pilot" or "I piloted the dashboard with two teams" a role, as
 *   "I was the tech lead" is, and so is work one was given: "the chief
 *   pharmacist asked me to replace paper charts", "I was hired to build the
 *   data team", not "asked me to review"). An executive summary is often a page of prose
 *   with no headings. Each of its facts can be a sentence: "I am a staff
 *   engineer…", "I lead the ledger platform: a team of nine" or a profile's
 *   headline opening a paragraph, in sentence or Title Case ("Principal
 *   engineer at a European neobank…", "Staff software engineer, payments",
 *   the guide's "Engineering Manager with 8+ years…"), or a bio's "Sam
 *   Okafor is a senior engineering manager at…", is the current role
 *   scope; "I replaced the nightly batch…, which cut breaks
 *   from 1,200 a month to 35", or a sentence or bullet with no subject
 *   ("Rebuilt our telemetry pipeline…, from a 15-minute batch to under 30
 *   seconds"), is an achievement (something built or changed, with a
 *   measured result; a year alone is not one); "I grow engineers" or
 *   "four of the people I mentored were promoted", a bullet "Grew four
 *   engineers into technical leads", or a practice set up for others (the
 *   guide's "Established engineering excellence practices across 3 product
 *   teams") is the leadership impact;
 *   Amazon, the level or a Leadership Principle named is the Amazon
 *   relevance. A story (case study, team development, cross-functional)
 *   may likewise be told in prose, with no STAR headings: a sentence with
 *   a time or setting (a year, "my org", "across three hospitals") and a
 *   problem is its Situation ("In 2023 my org of 40
 *   engineers had one tech lead for five teams, so design reviews queued
 *   for three weeks"), and so are a setting and the problem in the sentence
 *   after it ("In 2022 I joined the checkout team. Deploys took four hours
 *   and failed weekly."); not a result: "by Q4 our queue was down to four
 *   days", "9 minutes instead of 4 hours"; what I had to achieve or took on is its Task ("I picked two
 *   senior engineers…", "I was asked to…", "My goal was…", "I had six weeks
 *   to…"; not "we had to"); "I" and a verb of doing in the past tense is
 *   its Action ("I met each of them weekly", "I had him re-run it"; not "we
 *   met them", "I wanted", "I noticed" or "I joined"); a measured change is
 *   its Result, in a before/after table or a sentence ("the review queue
 *   fell from three weeks to four days", "cut pages by half", "runs in 18
 *   minutes instead of 2 hours"; not "things improved"). A cross-functional
 *   story's Project Scope may be the ask in a sentence, under any heading
 *   ("The CFO asked engineering to move all card traffic to one provider",
 *   "The programme was to…", "We set out to…", "Our platform wanted to
 *   add…", or the author's task), and its Stakeholders a sentence naming
 *   three functions or more ("a weekly forum with legal, operations and
 *   engineering").
 *
 * One section satisfies one requirement only (one per clause of its title),
 * and a section named exactly as a requirement goes to it before synonyms
 * or words are tried: a lone "Impact" heading is a post-mortem's Customer
 * Impact, not also what happened. A title whose words could name two
 * requirements goes to the first, unless a sentence elsewhere states that
 * one: an initiative's "What I did" is its role, or, when "I owned the
 * programme for 9 months" states the role, its implementation. A section that still holds only the
 * template's [bracketed] guidance (labels such as "Challenge:" before the
 * guidance count as guidance; a diagram's bracketed node labels do not) does
 * not meet its requirement.
 *
 * Decision records may follow the guide's TDR, MADR 2-4 or Nygard /
 * adr-tools (Status, Context, Decision, Consequences), be an RFC or a PEP
 * (its "Motivation" the context, its "Proposal" or "Detailed design" the
 * decision, as is a sentence "We chose…" or "We went with…"), or be one
 * Y-statement ("In the context of …, facing …, we decided for … and
 * neglected …, to achieve …, accepting …": its context, decision and
 * rationale); in every format the guide still asks for the options weighed
 * and measured results. A performance case study's analysis may be a
 * sentence of something measured and what it showed ("I profiled a Moto E
 * and found 1.1 s went to the dictionary lookup"). Story
 * A system design's leadership may be a sentence that leads people ("I
 * designed the system, led a team of eight engineers…"; not "…, led by
 * another team"). Story
 * kinds (case study, team development, cross-functional) may follow the
 * guide's headings or STAR (Situation, Task, Action, Result), in headings,
 * labels or the sentences above. A post-mortem
 * needs what happened, its impact, your role, the root cause and the
 * corrective actions; a code review the change, your feedback and the
 * outcome: the guide asks nothing more of them. A document that fully
 * satisfies any accepted structure passes; otherwise it is checked against
 * the structure it comes closest to (the largest share written), named in
 * each message when the kind has several.
 *
 * Reported, one message per requirement, naming it and saying how to add it:
 *
 * * a missing fact, at line 1, column 1 (the top of the file, where the
 *   front matter that sets the kind starts);
 * * a section that is present but empty (no text, list, table, code block
 *   or image), or holds only the template's guidance, at its heading or label.
 *
 * Each message carries `expected: [name]` with the guide's name for the
 * section, so the engine can score every required section as its own check.
 * Documents without a known `kind` are skipped (`portfolio-front-matter`
 * reports that).
 *
 * No options.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   # Recommendation platform
 *
 *   **Scale**: 50M users, 1B+ events/day, 99.9% uptime SLA
 *
 *   **Your Role**: Technical lead and manager for a 12-person team
 *
 *   **Business Context**: Engagement up 25%, $50M annual revenue impact
 *
 *   ## Architecture Overview
 *
 *   API gateway, microservices, event streaming, ML pipeline.
 *
 *   ## Technical Decisions & Trade-offs
 *
 *   1. **Microservices vs monolith**: chose microservices.
 *
 *   ## Engineering Leadership Aspects
 *
 *   Developed 3 senior engineers through architecture reviews.
 *
 * @example
 *   {"name": "ok-prose-summary.md"}
 *
 *   ---
 *   kind: executive-summary
 *   title: Priya Raman
 *   ---
 *
 *   # Priya Raman
 *
 *   I am a staff engineer at a card processor. I lead the ledger platform: a
 *   team of nine engineers and three services that move $2.1B a week.
 *
 *   I replaced the nightly batch settlement with a streaming ledger, which cut
 *   reconciliation breaks from 1,200 a month to 35.
 *
 *   I grow engineers: four of the people I mentored were promoted to senior.
 *
 *   At Amazon I would bring Ownership of money movement at L7 scale.
 *
 * @example
 *   {"name": "not-ok-prose-summary.md", "label": "input"}
 *
 *   ---
 *   kind: executive-summary
 *   title: Sam Lee
 *   ---
 *
 *   # Sam Lee
 *
 *   Passionate, results-driven engineer. I led the checkout rewrite in 2021.
 *
 * @example
 *   {"name": "not-ok-prose-summary.md", "label": "output"}
 *
 *   1:1: Missing "Current Role Scope" in an executive summary: add a `## Current Role Scope` section, or a sentence such as "I lead the payments platform: 9 engineers, 3 services"
 *   1:1: Missing "Key Technical Achievements" in an executive summary: add a `## Key Technical Achievements` section, or a sentence such as "I replaced the nightly batch with a streaming ledger, cutting reconciliation breaks from 1,200 a month to 35"
 *   1:1: Missing "Leadership Impact" in an executive summary: add a `## Leadership Impact` section, or a sentence such as "I mentored four engineers to promotion"
 *   1:1: Missing "Amazon Relevance" in an executive summary: add a `## Amazon Relevance` section, or a sentence tying your work to the role at Amazon or to the Leadership Principles it shows
 *
 * @example
 *   {"name": "ok-prose-story.md"}
 *
 *   ---
 *   kind: team-development
 *   title: Two new tech leads
 *   ---
 *
 *   # Two new tech leads
 *
 *   In 2023 my org of 40 engineers had one tech lead for five teams, so
 *   design reviews queued for three weeks. I picked two senior engineers to
 *   grow into the role.
 *
 *   For six months I met each of them weekly, and I had each lead a design
 *   review a fortnight with me in the room but silent.
 *
 *   | | Start | After 6 months |
 *   | --- | --- | --- |
 *   | Review queue | 3 weeks | 4 days |
 *
 * @example
 *   {"name": "not-ok-prose-story.md", "label": "input"}
 *
 *   ---
 *   kind: team-development
 *   title: Two new tech leads
 *   ---
 *
 *   # Two new tech leads
 *
 *   In 2023 my org of 40 engineers had one tech lead for five teams, so
 *   design reviews queued for three weeks.
 *
 *   We met the two candidates weekly, and we had each lead a design review.
 *
 *   | | Start | After 6 months |
 *   | --- | --- | --- |
 *   | Review queue | 3 weeks | 4 days |
 *
 * @example
 *   {"name": "not-ok-prose-story.md", "label": "output"}
 *
 *   1:1: Missing "Task" in a team development story (closest structure: STAR): add a `## Task` section, or a sentence such as "I had to grow two tech leads within six months"
 *   1:1: Missing "Action" in a team development story (closest structure: STAR): add a `## Action` section, or sentences saying what you did, with "I" ("I met each of them weekly"): "we" hides your part
 *
 * @example
 *   {"name": "ok-star.md"}
 *
 *   ---
 *   kind: team-development
 *   title: Growing a tech lead
 *   ---
 *
 *   ## Situation
 *
 *   A new product needed a tech lead.
 *
 *   ## Task
 *
 *   I had to grow one from the team within a quarter.
 *
 *   ## Action
 *
 *   Weekly 1:1s, design reviews led by Sarah, shadowing.
 *
 *   ## Result
 *
 *   Sarah was promoted to Staff Engineer after 9 months.
 *
 * @example
 *   {"name": "ok-madr.md"}
 *
 *   ---
 *   kind: decision-record
 *   title: Managed solver for route planning
 *   date: 2024-03-12
 *   deciders: Head of Routing, two staff engineers
 *   ---
 *
 *   ## Context and Problem Statement
 *
 *   Nightly planning for 3,100 vans takes 95 minutes.
 *
 *   ## Considered Options
 *
 *   * Tune the greedy planner
 *   * OR-Tools in-house
 *
 *   ## Decision Outcome
 *
 *   Chosen option: "OR-Tools in-house", because it met the 20-minute budget.
 *
 *   ### Consequences
 *
 *   * Good, because planning went from 95 minutes to 17 minutes
 *
 * @example
 *   {"name": "ok-own-words.md"}
 *
 *   ---
 *   kind: post-mortem
 *   title: Card authorisations timed out
 *   ---
 *
 *   As incident lead I froze deploys and ran the bridge until recovery.
 *
 *   ## What happened
 *
 *   A pool change halved database connections at 09:12.
 *
 *   ## Impact
 *
 *   212,000 authorisations declined over 38 minutes.
 *
 *   ## Why it happened
 *
 *   A library upgrade changed the shared default.
 *
 *   ## Fix
 *
 *   Pool size pinned in config, with a load test guarding it.
 *
 * @example
 *   {"name": "nygard.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   title: Event-source the ledger
 *   ---
 *
 *   ## Status
 *
 *   Accepted
 *
 *   ## Context
 *
 *   Reconciliation breaks on 40 accounts a day.
 *
 *   ## Decision
 *
 *   We will event-source the ledger, because replay proves a balance.
 *
 *   ## Consequences
 *
 *   Breaks fell from 40 a day to 3 a day.
 *
 * @example
 *   {"name": "nygard.md", "label": "output"}
 *
 *   1:1: Missing "Options Considered" in a technical decision record (closest structure: MADR or Nygard ADR): add a `## Options Considered` section with at least two options, each with pros and cons
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   ## Scale
 *
 *   50M users.
 *
 *   ## My Role
 *
 *   Tech lead.
 *
 *   ## Business Context
 *
 *   $50M revenue.
 *
 *   ## Architecture
 *
 *   Event-driven.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   1:1: Missing "Technical Decisions & Trade-offs" in a system design: add a `## Technical Decisions & Trade-offs` section or a `**Technical Decisions & Trade-offs**:` lead-in
 *   1:1: Missing "Engineering Leadership Aspects" in a system design: add a `## Engineering Leadership Aspects` section, or a sentence such as "I mentored two engineers into leads"
 *
 * @example
 *   {"name": "empty.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   title: Extract payments
 *   ---
 *
 *   **Decision Date**: Q2 2023
 *   **Decision Makers**: Engineering leadership (5 people)
 *
 *   **Stakeholders**: 3 product teams
 *
 *   ## Context
 *
 *   A monolith serving 20M users.
 *
 *   ## Options Considered
 *
 *   1. Status quo
 *   2. Microservices
 *
 *   ## Decision
 *
 *   Gradual extraction.
 *
 *   ## Rationale
 *
 *   ## Results (12 months later)
 *
 *   Delivery time down 35%.
 *
 * @example
 *   {"name": "empty.md", "label": "output"}
 *
 *   24:1: Section "Rationale" is empty: expected text, a list, a table or a diagram under it
 *
 * @example
 *   {"name": "closest.md", "label": "input"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   ---
 *
 *   **Challenge**: p90 latency grew from 200ms to 2s.
 *
 *   **Analysis**: profiling found N+1 queries.
 *
 *   **Solution**:
 *
 *   **Result**: p90 latency 2s → 150ms.
 *
 * @example
 *   {"name": "closest.md", "label": "output"}
 *
 *   1:1: Missing "Team Leadership" in a case study (closest structure: performance case study): add a `## Team Leadership` section or a `**Team Leadership**:` lead-in
 *   10:1: Section "Solution" is empty: expected text, a list, a table or a diagram under it
 *
 * @example
 *   {"name": "no-kind.md"}
 *
 *   # Notes
 */

import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import type { KindSpec, SectionSpec } from '../knowledge/kinds.js'
import { portfolioRule } from '../knowledge/rule.js'
import { bestStructure, outline } from '../knowledge/sections.js'

function missingReason(spec: KindSpec, structureName: string, required: SectionSpec): string {
  const which = spec.structures.length > 1 ? ` (closest structure: ${structureName})` : ''
  const article = /^[aeiou]/i.test(spec.label) ? 'an' : 'a'
  const how =
    required.how ?? `add a \`## ${required.name}\` section or a \`**${required.name}**:\` lead-in`
  return `Missing "${required.name}" in ${article} ${spec.label}${which}: ${how}`
}

function report(
  file: VFile,
  reason: string,
  place: { line: number; column: number },
  name: string,
) {
  const message = file.message(reason, { place })
  message.expected = [name]
}

const remarkLintPortfolioRequiredSections = portfolioRule(
  'portfolio-required-sections',
  (tree, file) => {
    const { spec } = documentContext(tree)
    if (!spec) return
    const match = bestStructure(outline(tree), spec, tree)
    for (const required of match.missing) {
      report(
        file,
        missingReason(spec, match.structure.name, required),
        { line: 1, column: 1 },
        required.name,
      )
    }
    for (const { spec: required, section, template } of match.empty) {
      const start = section.node.position?.start
      report(
        file,
        template
          ? `Section "${section.title.trim()}" still holds the template's [bracketed] guidance: replace it with your own "${required.name}"`
          : `Section "${section.title.trim()}" is empty: expected text, a list, a table or a diagram under it`,
        { line: start?.line ?? 1, column: start?.column ?? 1 },
        required.name,
      )
    }
  },
)

export default remarkLintPortfolioRequiredSections
