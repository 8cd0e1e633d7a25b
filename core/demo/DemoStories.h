#pragma once

#include "demo/DemoGenerator.h"

namespace cd {

// The cases the clinical-safety rules exist for, each given to one patient of the demo so a practice can see them:
// a consent code to take out after a void, an opt-out code to take out after a GP's override, conflicting forms
// on one day, a parent's opt-out for a patient who has since turned 16, and a parent's consent waiting for a GP.
// Deterministic: the first patient who fits each story, by list order; a small list may lack some.
void addDemoStories(QList<DemoPatient>& practice);

} // namespace cd
