/**
 * Strangers' documents that more than one test file lints: each file reads
 * them its own way (required sections, options weighed).
 */

/** A public-sector decision record in bold labels: "What we weighed", "Twelve months on". */
export const GOV_IDENTITY_DECISION = `---
kind: decision-record
title: Adopting the national identity service instead of our own logins
leadership-principles: [Customer Obsession, Think Big]
---

# Adopting the national identity service instead of our own logins

**When:** June 2022, reviewed again at the twelve-month mark

**Who decided:** the service's technical architect (me), the product owner and the head of digital for the department

**Who else had a say:** the fraud and error team, the contact centre, the accessibility lead, and the two local-authority partners who share our benefit claims data

**Background.** Our benefits service had its own username-and-password accounts for about 1.3 million claimants. Password resets were the single biggest reason people phoned us (around 40,000 calls a month), identity checks for new claims were done by post and took up to eleven days, and the login code was a decade-old framework nobody wanted to touch.

**What we weighed:**

1. *Keep our own accounts and add an app-based second factor.* Pros: no dependency on another department; we control the roadmap. Cons: does nothing about identity checks taking eleven days; we keep owning password resets and the ageing code.
2. *Buy a commercial identity provider.* Pros: modern, quick to integrate, good fraud tooling. Cons: a second identity for citizens on top of the one they use for tax; procurement would take nine months; roughly £1.1m a year.
3. *Adopt the national identity service run by central government.* Pros: one login citizens already have for tax and driving, identity proofing built in, no licence cost to us. Cons: their roadmap, not ours; their outages become ours; they did not yet support the "appointee" case where someone claims on behalf of a relative.

**What we chose:** option 3, with our existing accounts kept read-only for appointees until the national service supports them.

**Why:** it removes both of our biggest problems, password resets and postal identity checks, rather than one of them; it's the direction every other department is going, so we'd have been migrating eventually; and the appointee gap affected about 4% of claimants, small enough to cover with a stopgap.

**Twelve months on:**

- Password-reset calls went from about 40,000 a month to 6,500.
- Identity checks for new claims: from up to eleven days by post to a median of 9 minutes online.
- 88% of active claimants had moved over; the remainder are mostly appointees.
- We had two outages caused by the national service, 40 minutes in total, which is the price we accepted.
`
