"""Self-signed TLS material for serving the fake portal (and test servers) over HTTPS.

The one place that makes certificates: the fake portal's ``--tls`` mode and every test
that needs an HTTPS server use it, for loopback or for the public names tests route there.
"""

from __future__ import annotations

from collections.abc import Sequence
import datetime as dt
import ipaddress
from pathlib import Path
import ssl

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CERT_FILE = "fake_portal_cert.pem"
KEY_FILE = "fake_portal_key.pem"
LOOPBACK_NAMES: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")


def _alternative_name(name: str) -> x509.GeneralName:
    """Return a subject alternative name: an IP address entry or a DNS name."""
    try:
        return x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        return x509.DNSName(name)


def write_self_signed(
    directory: str | Path, names: Sequence[str] = LOOPBACK_NAMES
) -> tuple[Path, Path]:
    """Write a fresh self-signed certificate for names; return (cert, key) paths.

    The first name is the subject; all of them (host names or IP addresses) are in the
    subject alternative names. The default serves loopback.
    """
    if not names:
        raise ValueError("a certificate needs at least one name")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=7))
        .add_extension(
            x509.SubjectAlternativeName([_alternative_name(n) for n in names]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert_path = folder / CERT_FILE
    key_path = folder / KEY_FILE
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


def make_self_signed(tmpdir: str | Path, names: Sequence[str] = LOOPBACK_NAMES) -> ssl.SSLContext:
    """Return a server SSL context with a fresh self-signed certificate stored in ``tmpdir``."""
    cert_path, key_path = write_self_signed(tmpdir, names)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_path, key_path)
    return context
