// One program from forecast to the catalog, with the real roles: staff, two member towns on the committee, two
// vendors; axe on every page visited. Each test mints its own cooperative, towns, vendors and people.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, query, visit } from "./support";
import { createMembership, createOrganization, createPerson, signedIn, tag } from "./world";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** Cooperative staff, two member towns (the first a CRCOG member), two vendors, one person in each. */
async function programWorld() {
  const coop = await createOrganization("COOPERATIVE", "Cooperative");
  const townA = await createOrganization("MUNICIPALITY", "Town of Ashford", { affiliations: ["CRCOG"] });
  const townB = await createOrganization("MUNICIPALITY", "Town of Union");
  const vendorX = await createOrganization("VENDOR", "Nutmeg Network Solutions");
  const vendorY = await createOrganization("VENDOR", "Charter Oak Cloud Services");
  for (const town of [townA, townB]) await createMembership(town, "ACTIVE");
  const people = {
    staff: await createPerson(coop, "ADMIN", "Maria Alvarez"),
    memberA: await createPerson(townA, "IT_LEAD", "Sam Chen"),
    memberB: await createPerson(townB, "ADMIN", "Lee Brooks"),
    vendorX: await createPerson(vendorX, "ADMIN", "Alex Kim"),
    vendorY: await createPerson(vendorY, "ADMIN", "Jordan Lee"),
  };
  return { townA, townB, vendorX, vendorY, people };
}

/** Staff start a program from the programs page; returns its id. */
async function startProgram(staff: Page, title: string) {
  await visit(staff, "/staff/programs");
  const create = staff.getByRole("region", { name: "Start a program" });
  await create.getByLabel("Title").fill(title);
  await create.getByLabel("Category").fill("Public safety");
  await create.getByLabel("Summary").fill("Card readers and door controllers for town halls and schools.");
  await create.getByRole("button", { name: "Create program" }).click();
  await staff.waitForURL(/\/staff\/programs\/[a-z0-9]+$/);
  await expectAccessible(staff);
  return staff.url().split("/").pop()!;
}

/** Submits the form inside a card (a region named by its title) and waits for its success message. */
async function submitIn(page: Page, region: string, button: string, success: RegExp) {
  const card = page.getByRole("region", { name: region });
  await card.getByRole("button", { name: button }).click();
  await expect(card.getByRole("status").filter({ hasText: success })).toBeVisible();
}

/** Moves the program with a button of the "Move the program" card and waits for the new stage on the track. */
async function moveTo(page: Page, button: string, stage: string) {
  await page.getByRole("region", { name: "Move the program" }).getByRole("button", { name: button }).click();
  await expect(page.getByRole("list", { name: "Program stages" }).locator('[aria-current="step"]')).toHaveText(stage);
}

test("an RFP upload of a disallowed type is refused with a clear message; a PDF is accepted", async ({ browser }) => {
  const coop = await createOrganization("COOPERATIVE", "Cooperative");
  const staff = await signedIn(browser, await createPerson(coop, "ADMIN", "Dev Patel"));
  const programId = await startProgram(staff, `Door access control ${tag()}`);
  await moveTo(staff, "Move to RFP drafting", "RFP drafting");
  await visit(staff, `/staff/programs/${programId}`);
  const upload = staff.getByRole("form", { name: "Upload RFP document" });
  await upload.getByLabel("Document title").fill("Program EXE");
  await upload.getByLabel("File").setInputFiles({
    name: "rfp.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]),
  });
  await upload.getByRole("button", { name: "Upload RFP document" }).click();
  await expect(upload.getByRole("alert")).toContainText("This type of file is not accepted");
  await upload.getByLabel("Document title").fill("RFP document");
  await upload
    .getByLabel("File")
    .setInputFiles({ name: "Door access RFP.pdf", mimeType: "application/pdf", buffer: PDF });
  await upload.getByRole("button", { name: "Upload RFP document" }).click();
  await expect(upload.getByRole("status")).toContainText("Uploaded Door-access-RFP.pdf");
  await expect(staff.getByRole("link", { name: "RFP document" })).toBeVisible();
  await expectAccessible(staff);
});

test("a program walks from forecast to the catalog", async ({ browser }) => {
  test.setTimeout(300_000);
  const world = await programWorld();
  const [X, Y] = [world.vendorX.name, world.vendorY.name];
  const title = `Door access control ${tag()}`;
  const staff = await signedIn(browser, world.people.staff);
  const memberA = await signedIn(browser, world.people.memberA);
  const memberB = await signedIn(browser, world.people.memberB);
  const vendorX = await signedIn(browser, world.people.vendorX);
  const vendorY = await signedIn(browser, world.people.vendorY);

  // FORECAST: staff create the program and publish a survey question
  const programId = await startProgram(staff, title);
  await staff
    .getByRole("region", { name: "Needs survey" })
    .getByLabel("Survey question")
    .fill("Would you buy door access control through the cooperative?");
  await submitIn(staff, "Needs survey", "Publish question", /Question published/);

  // members answer the survey
  for (const [member, interest, quantity] of [
    [memberA, "HIGH", "12"],
    [memberB, "MEDIUM", "3"],
  ] as const) {
    await visit(member, `/programs/${programId}`);
    const survey = member.getByRole("region", { name: "Needs survey" });
    await survey.getByLabel("Interest").selectOption(interest);
    await survey.getByLabel("Estimated quantity (optional)").fill(quantity);
    await survey.getByLabel("When would you buy?").selectOption("WITHIN_12_MONTHS");
    await survey.getByRole("button", { name: "Send answer" }).click();
    await expect(survey.getByRole("status").filter({ hasText: "Answer saved" })).toBeVisible();
    await expectAccessible(member);
  }
  await visit(staff, `/staff/programs/${programId}`);
  await expect(staff.getByText("(2 responses)")).toBeVisible();
  await expect(staff.getByRole("cell", { name: "15" })).toBeVisible();

  // RFP_DRAFTING: committee, draft, comments
  await moveTo(staff, "Move to RFP drafting", "RFP drafting");
  for (const { email } of [world.people.memberA, world.people.memberB]) {
    await staff.getByRole("region", { name: "Pilot review committee" }).getByLabel("Member staff email").fill(email);
    await submitIn(staff, "Pilot review committee", "Appoint", /Appointed/);
  }
  const rfp = staff.getByRole("region", { name: "RFP", exact: true });
  await rfp.getByLabel("RFP number").fill(`RFP-${title.slice(-6)}`);
  await rfp.getByLabel("Proposals due (UTC)").fill(new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 16));
  await rfp.getByLabel("RFP text").fill("Scope: card readers, controllers and hosted management software.");
  await submitIn(staff, "RFP", "Save RFP", /RFP saved/);
  await visit(memberA, `/programs/${programId}`);
  await expect(memberA.getByText("Scope: card readers")).toBeVisible();
  await memberA.getByLabel("Your comment on the draft").fill("Require mobile credentials as an option.");
  await submitIn(memberA, "Committee comments", "Post comment", /Comment posted/);

  await visit(staff, `/staff/programs/${programId}`);
  await expect(staff.getByText("Require mobile credentials as an option.")).toBeVisible();

  // SOLICITATION: vendors ask and propose; staff answer every vendor
  await moveTo(staff, "Move to Solicitation", "Solicitation");
  await visit(vendorX, `/programs/${programId}`);
  await vendorX.getByLabel("Your question about the RFP").fill("Are mobile credentials required or optional?");
  await submitIn(vendorX, "Questions and published answers", "Ask the cooperative", /Question sent/);
  const proposals = [
    [
      vendorX,
      "Nutmeg: HID readers, installed and supported.",
      "DAC-RDR | Card reader, installed | each | 850.00 | 600.00 | 1,200.00\nDAC-SW | Hosted management | per door per year | 60 | 30 | 90",
    ],
    [vendorY, "Charter Oak: cloud access control.", "COC-RDR | Card reader | each | 990.00"],
  ] as const;
  for (const [vendor, summary, schedule] of proposals) {
    await visit(vendor, `/programs/${programId}`);
    await vendor.getByLabel("Proposal summary").fill(summary);
    await vendor.getByLabel("Price schedule").fill(schedule);
    await submitIn(vendor, "Your proposal", "Submit proposal", /Proposal submitted/);
    await expectAccessible(vendor);
  }
  await visit(staff, `/staff/programs/${programId}`);
  await staff
    .getByRole("region", { name: "Vendor questions" })
    .getByLabel("Answer")
    .fill("Optional, priced as a separate line.");
  await staff
    .getByRole("region", { name: "Vendor questions" })
    .getByRole("button", { name: "Publish answer to every vendor" })
    .click();
  await expect(staff.getByText("Answer: Optional, priced as a separate line.")).toBeVisible();
  await visit(vendorY, `/programs/${programId}`);
  await expect(vendorY.getByText("Optional, priced as a separate line.")).toBeVisible();
  await expect(vendorY.getByText("Nutmeg: HID readers")).toHaveCount(0);
  await visit(vendorY, "/vendor/proposals");

  // the due date passes (time is moved in the database): proposals close, evaluation opens
  await query(`UPDATE "Program" SET "proposalDueAt" = now() - interval '1 minute' WHERE id = $1`, [programId]);
  await visit(vendorY, `/programs/${programId}`);
  await expect(vendorY.getByText("The due date has passed; proposals are closed.")).toBeVisible();
  await visit(staff, `/staff/programs/${programId}`);
  await moveTo(staff, "Move to Evaluation", "Evaluation");

  // EVALUATION: each committee member scores each proposal
  for (const [member, high, low] of [
    [memberA, "9", "6"],
    [memberB, "8", "7"],
  ] as const) {
    await visit(member, `/programs/${programId}`);
    for (const [vendor, score] of [
      [X, high],
      [Y, low],
    ] as const) {
      const section = member.getByRole("region", { name: `Proposal from ${vendor}` });
      for (const input of await section.getByRole("spinbutton").all()) await input.fill(score);
      await section.getByRole("button", { name: `Save scores for ${vendor}` }).click();
      await expect(section.getByRole("status").filter({ hasText: "Scores saved" })).toBeVisible();
    }
    await expectAccessible(member);
  }

  // AWARDED: staff award the top proposal; the contract carries its price schedule
  await visit(staff, `/staff/programs/${programId}`);
  const scores = staff.getByRole("region", { name: "Proposals and scores" });
  await expect(scores.getByRole("row").nth(1)).toContainText(X);
  await scores
    .getByLabel("Winning proposal")
    .selectOption({ label: await scores.getByLabel("Winning proposal").locator("option").first().innerText() });
  await scores.getByLabel("Term starts").fill("2026-09-01");
  await scores.getByLabel("Term ends").fill("2029-08-31");
  await scores.getByRole("button", { name: "Award the contract" }).click();
  await expect(staff.getByRole("list", { name: "Program stages" }).locator('[aria-current="step"]')).toHaveText(
    "Awarded",
  );
  await expect(staff.getByRole("region", { name: "Contract and pilot" })).toContainText(X);

  // PILOT: the second town pilots; it logs an issue, the vendor answers, the town resolves it
  await visit(staff, `/staff/programs/${programId}`);
  const pilotCard = staff.getByRole("region", { name: "Contract and pilot" });
  await pilotCard.getByLabel("Member organization").selectOption({ label: world.townB.name });
  await submitIn(staff, "Contract and pilot", "Add pilot participant", /Pilot participant added/);
  await moveTo(staff, "Move to Pilot", "Pilot");
  const contractId = (await query<{ id: string }>(`SELECT id FROM "Contract" WHERE "programId" = $1`, [programId]))[0]
    .id;

  await visit(memberB, `/contracts/${contractId}`);
  await memberB.getByLabel("Issue title").fill("Reader offline after power cut");
  await memberB.getByLabel("What happened").fill("The front-door reader did not reconnect after a power outage.");
  await submitIn(memberB, "Pilot issue log", "Log issue", /Issue logged/);
  await visit(vendorX, "/dashboard");
  await expect(vendorX.getByRole("link", { name: "Reader offline after power cut" })).toBeVisible();
  await visit(vendorX, "/vendor/pilot-issues");
  await vendorX
    .getByLabel("Your answer to “Reader offline after power cut”")
    .fill("Firmware set to auto-reconnect; patched on all pilot doors.");
  await vendorX.getByRole("button", { name: "Send answer" }).click();
  await expect(vendorX.getByRole("status").filter({ hasText: "Answer sent" })).toBeVisible();
  await visit(vendorX, "/vendor/contracts");
  await visit(memberB, `/contracts/${contractId}`);
  await memberB.getByLabel("Resolution").fill("Firmware updated; readers reconnect within a minute.");
  await memberB.getByLabel("Lessons learned for later adopters").fill("Put door controllers on a UPS.");
  await memberB.getByRole("region", { name: "Pilot issue log" }).getByRole("button", { name: "Mark resolved" }).click();
  await expect(memberB.getByRole("heading", { name: "Reader offline after power cut (Resolved)" })).toBeVisible();

  // PROGRAM: go decision; the contract is in the public catalog with its lessons learned readable by members
  await visit(staff, `/staff/programs/${programId}`);
  await staff.getByLabel("Go decision").fill("Pilot towns satisfied; open to all members.");
  await moveTo(staff, "Go: open the program to every member", "Program");
  await expect(staff.getByRole("list", { name: "Timeline" }).getByText("Pilot → Program")).toBeVisible();

  const anonymous = await (await browser.newContext()).newPage();
  await visit(anonymous, `/contracts?q=${encodeURIComponent(title)}&status=PROGRAM`);
  await anonymous.getByRole("link", { name: title }).click();
  await anonymous.waitForURL(`**/contracts/${contractId}`);
  await expectAccessible(anonymous);
  await expect(anonymous.getByText("DAC-RDR")).toHaveCount(0);
  await visit(memberA, `/contracts/${contractId}`);
  await expect(memberA.getByText("Put door controllers on a UPS.")).toBeVisible();
  await expect(memberA.getByRole("cell", { name: "DAC-RDR" })).toBeVisible();
  await visit(memberA, `/contracts/${contractId}/packet`);
  await expect(memberA.getByText("§4a-53")).toBeVisible();
  await memberA.screenshot({ path: "test-results/programs-packet.png", fullPage: true });
  await visit(staff, `/staff/programs/${programId}`);
  await staff.screenshot({ path: "test-results/programs-staff.png", fullPage: true });
});
