// What the profile reader (profile_json_reader.cpp) and the validator
// (profile_validation.cpp) share. Internal to app/grid/profile_*.cpp.
#pragma once

#include "grid/profile.h"

#include <QCoreApplication>

namespace palier {

inline constexpr int kProfileVersion = 1;

inline QString profileTr(const char *text) { return QCoreApplication::translate("palier::Grid", text); }

// One problem in a profile, with what is needed to find its line in the file.
struct ProfileProblem {
    QString message;
    QString key;            // JSON key the problem is about (empty: the document)
    int criterion = -1;     // index into "criteria", -1 for a top-level key
};

QString criterionLocation(const CriterionDef &c, int index);   // "criteria[1] (p95)"
QList<ProfileProblem> checkProfile(const Profile &p);
QStringList metricIds();
QStringList scopeIds();

} // namespace palier
