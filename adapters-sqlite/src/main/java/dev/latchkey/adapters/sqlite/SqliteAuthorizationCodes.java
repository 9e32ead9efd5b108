package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.AuthorizationCodes;
import dev.latchkey.domain.authorization.ApprovedRequest;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.authorization.IssuedCode;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.user.UserId;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link AuthorizationCodes} in the {@code authorization_codes} table: unredeemed while {@code redeemed_at}
 * is NULL. {@link #redeem} is one UPDATE conditioned on that, so of concurrent redemptions exactly one
 * changes the row. The grant it names is checked at COMMIT, since the grant is added after the redemption.
 */
final class SqliteAuthorizationCodes implements AuthorizationCodes {

    private final Database database;

    SqliteAuthorizationCodes(Database database) {
        this.database = database;
    }

    @Override
    public void add(IssuedCode.Unredeemed code) {
        ApprovedRequest approved = code.approved();
        database.write("add an authorization code", sql -> sql.update(
                "INSERT INTO authorization_codes (code_hash, " + Columns.REQUEST_COLUMNS + ", user_id, org_id,"
                        + " approved_at, auth_time, issued_at, expires_at) VALUES (?, " + Columns.REQUEST_PLACEHOLDERS
                        + ", ?, ?, ?, ?, ?, ?)",
                Columns.parameters(code.codeHash().value(), Columns.requestValues(approved.request()),
                        approved.userId().value(), approved.orgId().value(), approved.approvedAt(),
                        approved.authTime(), code.issuedAt(), code.expiresAt())));
    }

    @Override
    public Optional<IssuedCode> find(SecretHash codeHash) {
        return database.read("find an authorization code", sql -> sql.first(
                "SELECT code_hash, " + Columns.REQUEST_COLUMNS + ", user_id, org_id, approved_at, auth_time,"
                        + " issued_at, expires_at, grant_id, redeemed_at FROM authorization_codes WHERE code_hash = ?",
                SqliteAuthorizationCodes::code, codeHash.value()));
    }

    @Override
    public boolean redeem(IssuedCode.Redeemed redeemed) {
        return database.write("redeem an authorization code", sql -> sql.update(
                "UPDATE authorization_codes SET grant_id = ?, redeemed_at = ? WHERE code_hash = ? AND redeemed_at IS NULL",
                redeemed.grantId().value(), redeemed.redeemedAt(), redeemed.codeHash().value())) == 1;
    }

    @Override
    public int removeExpiredUnredeemed(Instant cutoff) {
        return database.write("remove expired authorization codes", sql -> sql.update(
                "DELETE FROM authorization_codes WHERE redeemed_at IS NULL AND expires_at <= ?", cutoff));
    }

    private static IssuedCode code(Row row) throws SQLException {
        SecretHash codeHash = new SecretHash(row.text("code_hash"));
        ApprovedRequest approved = new ApprovedRequest(Columns.request(row), new UserId(row.text("user_id")),
                new OrgId(row.text("org_id")), row.instant("approved_at"), row.optionalInstant("auth_time"));
        Instant issuedAt = row.instant("issued_at");
        Instant expiresAt = row.instant("expires_at");
        Optional<Instant> redeemedAt = row.optionalInstant("redeemed_at");
        if (redeemedAt.isEmpty()) {
            return new IssuedCode.Unredeemed(codeHash, approved, issuedAt, expiresAt);
        }
        return new IssuedCode.Redeemed(codeHash, approved, issuedAt, expiresAt, new GrantId(row.text("grant_id")),
                redeemedAt.get());
    }
}
