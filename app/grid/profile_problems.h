// What the profile reader (profile_json_reader.cpp) and the validator
// (profile_validation.cpp) share: a problem is a typed finding ("profile.*",
// worded by words/findings_profile.cpp) plus what the reader needs to name its
// line in the file. Internal to app/grid/profile_*.cpp.
#pragma once

#include "grid/profile.h"
#include "model/finding.h"

namespace palier {

inline constexpr int kProfileVersion = 1;

// Where a key sits in the file: the top level, the "window" object, or the
// criterion at `criterion` in "criteria".
struct KeyPlace {
    int criterion = -1;
    QString criterionId;
    bool window = false;

    static KeyPlace top() { return {}; }
    static KeyPlace inWindow() { return {-1, QString(), true}; }
    static KeyPlace inCriterion(int index, const QString &id) { return {index, id, false}; }
};

struct ProfileProblem {
    Finding finding;      // kind "profile.*", severity error, no file or line yet
    QString lineKey;      // the key whose line the error names (empty: the whole document)
    int criterion = -1;   // index into "criteria" when that key is inside a criterion
};

// A problem of `kind` about `key` at `place`. Its params get "key" (when
// given) and, for a key inside a criterion or the window, "where": a nested
// finding ("profile.where.criterion" {index, id}, "profile.where.window") that
// the words module says in place ("criteria[1] (p95): ") and that tells a
// program which criterion is at fault. The error names the line of `key`, or
// of `lineKey` when that is given.
ProfileProblem profileProblem(const QString &kind, const QString &key, const KeyPlace &place, Params params = {},
                              const QString &lineKey = QString());

// The rules on values (validate()), each with its line key.
QList<ProfileProblem> checkProfile(const Profile &p);

// Every metric id and scope id, in the documented order ("p50", "p95", …).
QStringList metricIds();
QStringList scopeIds();

} // namespace palier
