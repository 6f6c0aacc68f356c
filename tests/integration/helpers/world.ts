import { randomUUID } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { findActor } from "@/lib/users/actor-query";

/** Actors from the demo data, by e-mail. */
export async function demoActor(email: string): Promise<Actor> {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  return (await findActor(user.id))!;
}

export async function demoPlaces() {
  const prisma = await db();
  const [enkoping, habo, area] = await Promise.all([
    prisma.municipality.findUniqueOrThrow({ where: { slug: "enkoping" } }),
    prisma.municipality.findUniqueOrThrow({ where: { slug: "habo" } }),
    prisma.policeArea.findUniqueOrThrow({ where: { slug: "enkoping-habo" } }),
  ]);
  return { enkoping, habo, area };
}

/** Another municipality with its own police area and staff: the world next door. */
export async function otherMunicipality() {
  const prisma = await db();
  const tag = randomUUID().slice(0, 8);
  const municipality = await prisma.municipality.create({ data: { slug: `uppsala-${tag}`, name: `Uppsala ${tag}` } });
  const area = await prisma.policeArea.create({
    data: { slug: `lpo-uppsala-${tag}`, name: `LPO Uppsala ${tag}`, municipalities: { create: [{ municipalityId: municipality.id }] } },
  });
  const department = await prisma.organisation.create({ data: { kind: "MUNICIPAL_DEPARTMENT", name: "Kommunledningskontoret", municipalityId: municipality.id } });
  const policeOrg = await prisma.organisation.create({ data: { kind: "POLICE_AREA", name: area.name, policeAreaId: area.id } });
  const passwordHash = await hashPassword("x");
  const user = async (role: Role, organisationId: string) =>
    (await findActor(
      (await prisma.user.create({ data: { email: `${role.toLowerCase()}-${tag}@uppsala.test`, name: `${role} ${tag}`, role, organisationId, passwordHash } })).id,
    ))!;
  return {
    municipality,
    area,
    official: await user("MUNICIPAL_OFFICIAL", department.id),
    police: await user("POLICE_STAFF", policeOrg.id),
  };
}
